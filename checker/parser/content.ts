import type { Blockquote, List, ListItem, Paragraph, RootContent } from 'mdast';
import { blockSentences } from './blocks';
import type { ParseContext } from './context';
import { DocError } from './errors';
import { htmlTags, checkSpans } from './inline';
import type { Note, Sentence, StatementPlace, Step } from './model';
import { noteKind, noteParagraphSentences } from './notes';
import { listNumbers } from './numbering';
import type { SectionBody } from './sections';
import { joinLabels, joinText } from './text';

/** A sentence with the position facts the rule finder needs (which section, which list level). */
export interface SentenceRef {
  sentence: Sentence;
  section?: string;
  listDepth: number;
  itemFirst: boolean;
  /** Where the sentence stands: in a numbered step (with what follows it in the same item), a note, a bulleted list, or prose. */
  place: StatementPlace;
  /** The step's number, for a sentence inside a step's list item. */
  step?: number;
}

export interface Digest {
  steps: Step[];
  notes: Note[];
  paragraphs: Sentence[];
  refs: SentenceRef[];
}

type Node = RootContent | ListItem;

class Digester {
  readonly out: Digest = { steps: [], notes: [], paragraphs: [], refs: [] };
  /** The step whose list item is being read, if any. */
  private step: number | undefined;
  private inNote = false;
  constructor(
    private readonly ctx: ParseContext,
    private readonly section?: string,
  ) {}

  private ref(sentences: Sentence[], listDepth: number, itemFirst: boolean): Sentence[] {
    const place: StatementPlace = this.inNote
      ? 'note'
      : this.step !== undefined
        ? 'step'
        : listDepth > 0
          ? 'list'
          : 'prose';
    sentences.forEach((sentence, i) => {
      const ref: SentenceRef = { sentence, listDepth, itemFirst: itemFirst && i === 0, place };
      if (this.section !== undefined) ref.section = this.section;
      if (this.step !== undefined) ref.step = this.step;
      this.out.refs.push(ref);
    });
    return sentences;
  }

  walk(node: Node, listDepth: number, itemFirst: boolean): void {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        this.out.paragraphs.push(...this.ref(blockSentences(node, this.ctx), listDepth, itemFirst));
        return;
      case 'list':
        for (const item of node.children) this.walk(item, listDepth, false);
        return;
      case 'listItem':
        node.children.forEach((c, i) => this.walk(c, listDepth + 1, i === 0));
        return;
      case 'blockquote':
        this.quote(node, listDepth);
        return;
      case 'html':
        checkSpans(htmlTags(node.value, node.position?.start.line ?? 0), this.ctx.file);
        return;
      default:
        return; // code, thematic breaks, definitions carry no prose the harness checks
    }
  }

  private quote(node: Blockquote, listDepth: number): void {
    const kind = noteKind(node, this.ctx);
    if (!kind) {
      for (const c of node.children) this.walk(c, listDepth, false);
      return;
    }
    const sentences: Sentence[] = [];
    this.inNote = true;
    for (const c of node.children) {
      if (c.type === 'paragraph') sentences.push(...this.ref(noteParagraphSentences(c, this.ctx), listDepth, false));
    }
    this.inNote = false;
    this.out.notes.push({ line: node.position?.start.line ?? 0, kind, sentences, text: joinText(sentences) });
  }

  /** The number the page rendered last for a step of this section. */
  shownLast: number | undefined;

  steps(list: List, numbers: readonly number[]): void {
    list.children.forEach((item, i) => {
      const [first, ...rest] = item.children;
      // The ordinal goes on counting where a list restarted after a note repeats the rendered number.
      const n = this.out.steps.length + 1;
      const shown = numbers[i] ?? i + 1;
      this.shownLast = shown;
      this.step = n;
      const sentences = first?.type === 'paragraph' ? this.ref(blockSentences(first, this.ctx), 1, true) : [];
      const step: Step = {
        n,
        shown: String(shown),
        line: item.position?.start.line ?? 0,
        sentences,
        text: joinText(sentences),
        labels: joinLabels(sentences),
      };
      const tail = first?.type === 'paragraph' ? rest : item.children;
      const subSteps = tail.map((c) => (c.type === 'paragraph' ? subStepOf(c, this.ctx) : undefined));
      // An introduction ("For each product you want to start using:") is no action of its own: it opens its first sub-step.
      const joins = subSteps.some((sub) => sub !== undefined) && !namesLabel(step);
      if (!joins) this.out.steps.push(step);
      let letter = 'a';
      tail.forEach((c, j) => {
        const sub = subSteps[j];
        if (!sub) {
          // Follow-up paragraphs ("it takes effect at once") describe the outcome, not an action to take.
          this.walk(c, 1, false);
          return;
        }
        if (sub.letter !== letter) {
          throw new DocError(
            this.ctx.file,
            sub.line,
            `sub-steps skip a letter: expected ${shown}${letter}, found ${shown}${sub.letter}`,
          );
        }
        letter = String.fromCharCode(letter.charCodeAt(0) + 1);
        const opensStep = joins && this.out.steps.length + 1 === n;
        this.step = this.out.steps.length + 1;
        const own = this.ref(sub.sentences, 1, true);
        const all = opensStep ? [...sentences, ...own] : own;
        this.out.steps.push({
          n: this.step,
          shown: `${shown}${sub.letter}`,
          parent: n,
          line: opensStep ? step.line : sub.line,
          sentences: all,
          text: joinText(all),
          labels: joinLabels(all),
        });
      });
      this.step = undefined;
    });
  }
}

const LETTER = /^([a-z])[.)]$/;

/**
 * A paragraph under a step that opens with a letter on its own (`a.`, a sentence span of its own in a localized
 * page) is a lettered sub-step: its sentences after the letter.
 */
function subStepOf(
  p: Paragraph,
  ctx: ParseContext,
): { letter: string; line: number; sentences: Sentence[] } | undefined {
  const [marker, ...sentences] = blockSentences(p, ctx);
  const texts = Object.values(marker?.text ?? {});
  const letters = new Set(texts.map((t) => LETTER.exec(t)?.[1]));
  const [letter] = letters;
  if (!marker || texts.length === 0 || letters.size !== 1 || letter === undefined) return undefined;
  return { letter, line: marker.line, sentences };
}

function namesLabel(step: Step): boolean {
  return Object.values(step.labels).some((labels) => labels.length > 0);
}

function isNote(block: RootContent | undefined, ctx: ParseContext): boolean {
  return block?.type === 'blockquote' && noteKind(block, ctx) !== undefined;
}

/**
 * Sorts a section's content into steps, notes and other sentences. The first top-level ordered list is
 * the procedure; a later one joins it when it carries the numbering on (a list interrupted by a
 * note or image) or, right after a note, repeats the last number (the page renders it so); one that
 * restarts at 1 is ordinary content.
 */
export function digestSection(body: SectionBody, ctx: ParseContext): Digest {
  const d = new Digester(ctx, body.heading?.id);
  body.blocks.forEach((block, b) => {
    if (block.type !== 'list' || !block.ordered || !body.heading) {
      d.walk(block, 0, false);
      return;
    }
    const numbers = listNumbers(block, ctx.source, ctx.file);
    const start = numbers[0] ?? 1;
    const last = d.shownLast;
    const line = block.position?.start.line ?? 0;
    if (last === undefined && start !== 1) {
      throw new DocError(
        ctx.file,
        line,
        `numbered list skips a number: steps of '${body.heading.id}' start at ${start}, expected 1`,
      );
    }
    const restartedAfterNote = start === last && isNote(body.blocks[b - 1], ctx);
    if (last === undefined || start === last + 1 || restartedAfterNote) d.steps(block, numbers);
    else if (start === 1) d.walk(block, 0, false);
    else
      throw new DocError(
        ctx.file,
        line,
        `numbered list skips a number: expected step ${last + 1}, found step ${start}`,
      );
  });
  return d.out;
}
