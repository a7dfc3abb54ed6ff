// Usage: npx tsx checker/parser/cli.ts <page.md> [--json]
// Prints a one-line-per-step summary (each step as the page renders it: 3, 3a) (or the whole parse as JSON); bad documentation exits 2.
// The page is read before the parser (remark, unified) is loaded: a missing or binary file is refused at once.
import { reportDocError } from './cli-errors';
import type { Label } from './model';
import { readDocText } from './read-text';

/** A label as the summary prints it: its path, its alternatives in braces, "e.g." when given as an example. */
function labelText(l: Label): string {
  const named = l.anyOf ? `{${l.anyOf.join(' / ')}}` : l.path.join(' > ') || l.text;
  const path = l.anyOf && l.path.length > 1 ? `${l.path.slice(0, -1).join(' > ')} > ${named}` : named;
  return l.example ? `e.g. ${path}` : path;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
if (!file || unknown) {
  process.stderr.write(
    `${unknown ? `${unknown}: not an option of this command` : 'no page named'}; usage: npx tsx checker/parser/cli.ts <page.md> [--json]\n`,
  );
  process.exit(2);
}
try {
  const text = readDocText(file);
  const { parseDoc } = await import('./parse');
  const page = parseDoc(text, file);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
  } else {
    process.stdout.write(`${page.file} ${page.form} ${page.locales.join(',')}\n`);
    for (const p of page.procedures) {
      process.stdout.write(`${p.id} (${p.steps.length} steps)\n`);
      for (const s of p.steps) {
        const labels = Object.entries(s.labels).map(([loc, ls]) => `${loc}: ${ls.map(labelText).join(' | ')}`);
        process.stdout.write(`  ${s.shown}. [${s.line}] ${labels.join('  //  ')}\n`);
      }
    }
    for (const r of page.rules) process.stdout.write(`rule ${r.id} @${r.line} ${JSON.stringify(r.figures)}\n`);
  }
} catch (e) {
  reportDocError(e);
}
