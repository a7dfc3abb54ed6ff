import type { Label } from './model';

const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;
const HAS_LETTER = /\p{L}/u;

function isLatinOnly(s: string): boolean {
  return HAS_LETTER.test(s) && LATIN_ONLY.test(s);
}

/**
 * Translators keep an English UI string the product never localised and add a translation in
 * parentheses, e.g. `Get started! Add a way to pay.(시작하세요. …)`. The button shows the English, so
 * that is the label; the parenthesis is only a gloss. Only a change of script counts as a gloss, so
 * `Enterprise Mobility Suite (EMS)` stays one label.
 */
function splitGloss(text: string): { text: string; gloss?: string } {
  const m = /^(.*[^\s(])\s*\(([^()]+)\)$/su.exec(text);
  if (!m) return { text };
  const outer = (m[1] ?? '').trim();
  const inner = (m[2] ?? '').trim();
  if (!HAS_LETTER.test(inner) || isLatinOnly(outer) === isLatinOnly(inner)) return { text };
  return { text: outer.replace(/[.。]$/u, '').trim(), gloss: inner };
}

export function makeLabel(raw: string): Label {
  const clean = raw.replace(/\s+/g, ' ').trim();
  const { text, gloss } = splitGloss(clean);
  const path = text
    .split('>')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return gloss === undefined ? { text, path } : { text, path, gloss };
}
