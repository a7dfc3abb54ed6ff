import { spawnSync } from 'node:child_process';

// The JUnit schema Jenkins' xUnit plugin validates against (the Ant/Surefire format), vendored in schemas/.
const schema = 'schemas/junit-10.xsd';

/** xmllint's verdict on `file` against the schema: its exit code and its error lines. */
export function validate(file: string): { status: number | null; errors: string[] } {
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  if (run.error)
    throw new Error(`xmllint is missing: run npm run setup (Debian's libxml2-utils): ${run.error.message}`);
  return { status: run.status, errors: run.stderr.split('\n').filter((l) => l.includes('error')) };
}
