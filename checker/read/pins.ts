import { existsSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { DocPage, RuleReader, Statement } from '../parser';
import { keyPathText, placeOfKey, readJsonFile } from '../../harness/json-file';
import { nearestSentence } from './nearest-sentence';

/**
 * The normative sentences a writer has confirmed against the product, per language, with the rules each
 * states. Committed beside the page (`<page>.pins.json`); `docs:check --confirm <line>` or `--confirm-all`
 * writes it, so nobody edits TypeScript to re-confirm a sentence.
 */
export interface Pins {
  /** language → normalized sentence → the rules it states (empty when it states none the check knows). */
  confirmed: Record<string, Record<string, string[]>>;
}

export const normalize = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function pinsPathFor(docFile: string): string {
  return docFile.replace(/\.md$/i, '') + '.pins.json';
}

export class PinsError extends Error {}

const pinsSchema = z.object({ confirmed: z.record(z.string(), z.record(z.string(), z.array(z.string()))) });

/**
 * The pins a page's pin file holds, or a PinsError naming the file and the key that is not as the check writes it:
 * the whole file is read now, so a wrong shape never reaches the check or a confirmation as a TypeError.
 */
export function readPins(file: string): Pins | undefined {
  if (!existsSync(file)) return undefined;
  const data = readJsonFile(file, (line) => {
    throw new PinsError(line);
  });
  const parsed = pinsSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const path = parsed.error.issues[0]?.path ?? [];
  // The deepest key the file got right says what the one below it must be.
  const what =
    path.length < 2
      ? 'expected {"confirmed": {"<locale>": {"<sentence>": [rule ids]}}}'
      : path.length === 2
        ? `${keyPathText(path)} must map each sentence to a list of rule ids`
        : `${keyPathText(path.slice(0, 3))} must be a list of rule ids`;
  throw new PinsError(`${placeOfKey(file, path.slice(0, 3))}: ${what}`);
}

export function writePins(file: string, pins: Pins): void {
  const sorted: Pins = { confirmed: {} };
  for (const locale of Object.keys(pins.confirmed).sort()) {
    const entries = Object.entries(pins.confirmed[locale] ?? {}).sort(([a], [b]) => a.localeCompare(b));
    sorted.confirmed[locale] = Object.fromEntries(entries);
  }
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}

/**
 * The sentences whose wording is pinned: every normative sentence, and any sentence that states a known rule or
 * contradicts one, wherever it stands (informational prose that says the opposite of a rule is checked too).
 */
export function pinnedStatements(doc: DocPage, locale: string, rules: RuleReader): Statement[] {
  return doc.statements.filter((s) => {
    const text = s.text[locale];
    return (
      text !== undefined &&
      (s.normative || rules.match(text, locale, s.links).length > 0 || rules.contradictions(text, locale).length > 0)
    );
  });
}

/**
 * The confirmed wording an unconfirmed sentence may have been: the nearest one the pins hold, gone from the page or
 * still on it (a repeated sentence changed at one of its places). What its rules are at stake against, and what
 * its drift says it was: a sentence added beside a confirmed one is checked as if it replaced it, which costs one
 * look at the product, where missing a changed one would let a rule the product enforces drop without a word.
 */
export function resembledWording(sentence: string, pins: Pins | undefined, locale: string): string | undefined {
  const table = pins?.confirmed[locale] ?? {};
  return sentence in table ? undefined : nearestSentence(sentence, Object.keys(table));
}

/**
 * The confirmed wording each changed sentence of the page replaced, for a confirmation to drop from the pins: the
 * nearest wording the page no longer has, when no other unconfirmed sentence is nearer to it. Stricter than
 * resembledWording on purpose: a wording dropped by mistake stops guarding its own line's rules.
 */
function replacedWordings(
  doc: DocPage,
  pins: Pins | undefined,
  locale: string,
  rules: RuleReader,
): ReadonlyMap<string, string> {
  const table = pins?.confirmed[locale] ?? {};
  const present = new Set(pinnedStatements(doc, locale, rules).map((s) => normalize(s.text[locale])));
  const gone = Object.keys(table).filter((t) => !present.has(t));
  const unconfirmed = [...present].filter((t) => !(t in table));
  const replaced = new Map<string, string>();
  for (const text of unconfirmed) {
    const was = nearestSentence(text, gone);
    if (was !== undefined && nearestSentence(was, unconfirmed) === text) replaced.set(text, was);
  }
  return replaced;
}

/** Confirms the sentences at `lines` (all pinned sentences when undefined), in every language the page carries. */
export function confirm(
  doc: DocPage,
  pins: Pins | undefined,
  lines: readonly number[] | undefined,
  rules: RuleReader,
): { pins: Pins; confirmed: number } {
  const next: Pins = { confirmed: structuredClone(pins?.confirmed ?? {}) };
  let confirmed = 0;
  for (const locale of doc.locales) {
    const table = (next.confirmed[locale] ??= {});
    const replaced = replacedWordings(doc, pins, locale, rules);
    for (const s of pinnedStatements(doc, locale, rules)) {
      if (lines && !lines.includes(s.line)) continue;
      const text = normalize(s.text[locale] ?? '');
      // The wording this one replaced goes, as a full confirmation drops every sentence the page no longer has.
      const was = replaced.get(text);
      if (was !== undefined) delete table[was];
      table[text] = rules.match(s.text[locale] ?? '', locale, s.links).map((m) => m.id);
      confirmed++;
    }
  }
  // Sentences the page no longer has are dropped on a full confirmation, so the file follows the page.
  if (!lines)
    for (const locale of doc.locales) {
      const present = new Set(pinnedStatements(doc, locale, rules).map((s) => normalize(s.text[locale])));
      next.confirmed[locale] = Object.fromEntries(
        Object.entries(next.confirmed[locale] ?? {}).filter(([text]) => present.has(text)),
      );
    }
  return { pins: next, confirmed };
}
