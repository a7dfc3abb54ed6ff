import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocFile } from '../../bindings/action-pack/parse';
import type { DocPage, Locale } from '../../checker/parser';
import { deepFrozen } from './frozen';

export const VENDORED = fileURLToPath(
  new URL('../../docs/pages/upgrade-your-partner-network-membership.ko-kr.md', import.meta.url),
);

let vendored: DocPage | undefined;

/** The vendored page parsed with its rules, once per worker and frozen: the specs only read it. */
export function vendoredPage(): DocPage {
  vendored ??= deepFrozen(parseDocFile(VENDORED));
  return vendored;
}

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../specs/inputs/${name}`, import.meta.url));
}

export function sourceLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n');
}

/** Everything a reader sees in one language, without line numbers or sentence ids. */
export function shape(page: DocPage, locale: Locale) {
  const only = (t: Record<string, string>) => t[locale];
  return {
    procedures: page.procedures.map((p) => ({
      id: p.id,
      depth: p.depth,
      title: only(p.title),
      steps: p.steps.map((s) => ({
        n: s.n,
        sentences: s.sentences.map((x) => only(x.text)),
        text: only(s.text),
        labels: s.labels[locale],
      })),
      notes: p.notes.map((n) => ({ kind: n.kind, text: only(n.text) })),
      paragraphs: p.paragraphs.map((x) => only(x.text)),
    })),
    rules: page.rules.map((r) => ({
      id: r.id,
      procedure: r.procedure,
      sentence: only(r.sentence),
      figures: r.figures,
    })),
    repeats: page.repeats.map((r) => r.id),
    sections: page.sections.map((s) => ({ id: s.id, depth: s.depth, title: only(s.title) })),
  };
}
