import { relative } from 'node:path';
import type { CheckResult } from '../model';
import { stepName } from './step-name';

// GitHub Actions workflow commands: `::error file=…,line=…,title=…::message` puts the message on that line of the
// file in the pull request's diff and checks page. Values are escaped as the runner reads them back.
const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(file: string, line: number | null, title: string, message: string): string {
  const where = line === null ? `file=${property(file)}` : `file=${property(file)},line=${line}`;
  return `::error ${where},title=${property(title)}::${data(message)}`;
}

/**
 * One error annotation per step, rule and sentence that drifted or could not be verified, on the page's line
 * (the path relative to `root`, the repository's checkout).
 */
export function toAnnotations(result: CheckResult, root = process.cwd()): string[] {
  const file = relative(root, result.doc) || result.doc;
  return result.results.flatMap((r) => {
    const title = (what: string, status: string) => `docs:check ${r.locale} · ${what} (${status})`;
    return [
      ...r.procedures.flatMap((p) =>
        p.steps
          .filter((s) => s.status !== 'ok')
          .map((s) => annotation(file, s.line, title(`${p.title} · step ${stepName(s)}`, s.status), s.message)),
      ),
      ...r.rules
        .filter((x) => x.status !== 'ok')
        .map((x) => annotation(file, x.line, title(`rule ${x.id}`, x.status), x.message)),
      ...r.sentences
        .filter((x) => x.status !== 'ok')
        .map((x) => annotation(file, x.line, title('sentence', x.status), `${x.message}\n${x.sentence}`)),
    ];
  });
}
