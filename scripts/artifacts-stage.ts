// What a CI job uploads, without a card number: copies the paths into a new folder, leaving out each file where the
// report scan finds a test card number or that it cannot read (named in a WITHHELD.txt in the path's copy), and the
// job uploads the copy.
// Usage: tsx scripts/artifacts-stage.ts <into> <path> [path ...]
// Exit 0 all copied, 1 a file left out (each named), 2 bad input or a folder it cannot write in. A path that does
// not exist is named and skipped: a job that failed early writes less.
import { BadInput } from './report-scan/scan';
import { stageArtifacts, type Staged } from './report-scan/stage';

const [into = '', ...paths] = process.argv.slice(2);
let staged: Staged;
try {
  staged = stageArtifacts(into, paths);
} catch (error) {
  // A folder it cannot write in (a file where a folder goes, no space, no permission): one line too.
  const written = error instanceof Error && 'code' in error && 'syscall' in error;
  if (!(error instanceof BadInput) && !written) throw error;
  console.error(`artifacts:stage: ${error.message}`);
  process.exit(2);
}

const absent = staged.absent.length > 0 ? ` (absent: ${staged.absent.join(', ')})` : '';
console.log(`artifacts:stage: ${staged.copied} files copied into ${staged.into}${absent}`);
if (staged.withheld.length > 0) {
  const lists = [...new Set(staged.withheld.map((w) => w.list))].join(', ');
  console.error(
    `artifacts:stage: ${staged.withheld.length} file(s) left out, each holding a test card number or unreadable (listed in ${lists}):`,
  );
  for (const { reasons } of staged.withheld) for (const reason of reasons) console.error(`  ${reason}`);
  process.exit(1);
}
