import { structuredPatch } from 'diff';
import type { DocPage } from '../parser';
import type { CheckResult } from '../model';
import { planEdits, type Edit } from './edits';
import { withTranslations, type Translate, type Unplaced } from './fixes';

/**
 * The fix of a drift report as a change of the page itself: each label, menu path or link the product shows
 * otherwise is rewritten in the language it drifted in, and in the page's other language from the product's
 * own catalog when that language was not checked. Pure: page text in, edits and a unified diff out.
 */

export interface PagePatch {
  /** The page's path as the diff names it (from the repository root). */
  path: string;
  edits: Edit[];
  /** Fixes the patch does not make, each with the reason, for the report. */
  unplaced: Unplaced[];
  /** `git apply` / `patch -p1` input; empty when there is nothing to change. */
  diff: string;
}

/** A unified diff of two texts, as `git apply` and `patch -p1` read it: the lines from jsdiff, git's file header. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const { hunks } = structuredPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context });
  const out = [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
  for (const h of hunks) out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines);
  return `${out.join('\n')}\n`;
}

/** The whole patch of a page from a check's result. */
export function pagePatch(
  source: string,
  doc: DocPage,
  result: CheckResult,
  translate: Translate,
  path: string,
): PagePatch {
  const { fixes, unplaced: untranslated } = withTranslations(result, doc, translate);
  const { edits, unplaced, patched } = planEdits(source, doc, fixes);
  return { path, edits, unplaced: [...untranslated, ...unplaced], diff: unifiedDiff(path, source, patched) };
}
