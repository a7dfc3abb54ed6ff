import type { DocPage } from '../parser';

/**
 * Edits of a page's source for checking the check: what a writer's change does to the markdown. Step
 * numbers are written literally, so removing or inserting a step renumbers the ones after it.
 */
function renumberFrom(lines: string[], fromLine: number, toLine: number, delta: number): void {
  for (let i = fromLine; i < toLine && i < lines.length; i++)
    lines[i] = (lines[i] ?? '').replace(
      /^(\s*)(\d+)\./,
      (_m, indent: string, n: string) => `${indent}${Number(n) + delta}.`,
    );
}

function procedureOf(doc: DocPage, anchor: string) {
  const procedure = doc.procedures.find((p) => p.id === anchor);
  if (!procedure) throw new Error(`no procedure ${anchor}`);
  const end = doc.procedures.find((p) => p.line > procedure.line)?.line ?? Number.MAX_SAFE_INTEGER;
  return { procedure, end };
}

export function dropStep(source: string, doc: DocPage, anchor: string, n: number): string {
  const { procedure, end } = procedureOf(doc, anchor);
  const step = procedure.steps.find((s) => s.n === n);
  if (!step) throw new Error(`no step ${n}`);
  const lines = source.split('\n');
  renumberFrom(lines, step.line, end - 1, -1);
  lines.splice(step.line - 1, 2);
  return lines.join('\n');
}

export function insertStepAfter(
  source: string,
  doc: DocPage,
  anchor: string,
  n: number,
  sentence: { translated: string; english: string },
): string {
  const { procedure, end } = procedureOf(doc, anchor);
  const after = procedure.steps.find((s) => s.n === n);
  if (!after) throw new Error(`no step ${n}`);
  const lines = source.split('\n');
  renumberFrom(lines, after.line, end - 1, 1);
  const english = `<span class="sxs-lookup"><span data-stu-id="edit-1">${sentence.english}</span></span>`;
  const item = `${n + 1}. <span data-ttu-id="edit-1">${sentence.translated}</span>${english}`;
  lines.splice(after.line + 1, 0, item, '');
  return lines.join('\n');
}

/** Swaps two steps' list items, each keeping its number, as a writer who reorders a procedure does. */
export function swapSteps(source: string, doc: DocPage, anchor: string, a: number, b: number): string {
  const { procedure } = procedureOf(doc, anchor);
  const first = procedure.steps.find((s) => s.n === a);
  const second = procedure.steps.find((s) => s.n === b);
  if (!first || !second) throw new Error(`no step ${a} or ${b}`);
  const lines = source.split('\n');
  const body = (line: number) => (lines[line - 1] ?? '').replace(/^(\s*)\d+\.\s*/, '');
  const [x, y] = [body(first.line), body(second.line)];
  lines[first.line - 1] = `${a}. ${y}`;
  lines[second.line - 1] = `${b}. ${x}`;
  return lines.join('\n');
}

/**
 * Replaces `before` inside one language of one sentence of a bilingual page: the `data-ttu-id` span holds the
 * translation, the `data-stu-id` span the English source. Throws when the sentence does not say it.
 */
export function editInSpan(source: string, side: 'ttu' | 'stu', id: string, before: string, after: string): string {
  const open = `<span data-${side}-id="${id}">`;
  const start = source.indexOf(open);
  const end = source.indexOf('</span>', start);
  const body = start < 0 ? '' : source.slice(start, end);
  if (!body.includes(before)) throw new Error(`${open} does not say "${before}"`);
  return source.slice(0, start) + body.replace(before, after) + source.slice(end);
}
