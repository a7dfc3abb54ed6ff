// Shapes the parser hands to the test harness. Everything is plain data so a parsed page can be
// snapshotted, diffed between locales, or serialised to JSON by a CLI.

export type Locale = string; // BCP 47, canonical case: 'en-US', 'ko-KR'
export type DocForm = 'bilingual' | 'translated' | 'english';

export interface LocalText {
  [locale: string]: string;
}

export interface Label {
  text: string;
  path: string[];
  gloss?: string;
  /** Alternatives in one step ("select **Add**, **Update**, or **Change**"): every alternative, `text` being the first. One Label per group. */
  anyOf?: string[];
  /** Given as an example ("such as **Silver Core** or **Gold Core**"); several examples in one phrase are one Label with `anyOf`. */
  example?: boolean;
}

export interface Sentence {
  id?: string;
  line: number;
  text: LocalText;
  labels: Record<Locale, Label[]>;
  /** Link targets inside the sentence, any language, first-seen order. */
  links?: string[];
  /** The sentence's links per language, with the words that carry each. */
  anchors?: Record<Locale, { href: string; text: string }[]>;
}

export interface Step {
  /** Ordinal of the step in its procedure, 1-based and unique (on a list that counts up, the rendered number). */
  n: number;
  /** The step's number as the page renders it: '3', '3a'. A list restarted after a note repeats a number ('3' twice). */
  shown: string;
  /** A lettered sub-step: the `n` of the numbered step it belongs to. */
  parent?: number;
  line: number;
  sentences: Sentence[];
  text: LocalText;
  labels: Record<Locale, Label[]>;
}

export type NoteKind = 'NOTE' | 'TIP' | 'IMPORTANT' | 'CAUTION' | 'WARNING';

export interface Note {
  line: number;
  kind: NoteKind;
  sentences: Sentence[];
  text: LocalText;
}

export interface Procedure {
  id: string;
  line: number;
  depth: number;
  title: LocalText;
  steps: Step[];
  notes: Note[];
  paragraphs: Sentence[];
}

/** A figure a rule states: a count, a word, or a list of names. */
export type Figure = number | string | string[];

export interface Rule {
  /** The rule's id in its page's rule book (the binding's). */
  id: string;
  line: number;
  procedure?: string;
  /** The step whose list item states it, when a step does. */
  step?: number;
  sentence: LocalText;
  figures: Record<string, Figure>;
}

export type StatementPlace = 'step' | 'note' | 'list' | 'prose';

/**
 * One sentence of the page with where it stands. Normative sentences (of a procedure, of a note, of a
 * list below the page's title, such as the benefits) say what the product does: each is pinned, and a change
 * is drift until a writer re-confirms it. Informational prose elsewhere is not.
 */
export interface Statement {
  line: number;
  text: LocalText;
  labels: Record<Locale, Label[]>;
  links?: string[];
  anchors?: Record<Locale, { href: string; text: string }[]>;
  section?: string;
  place: StatementPlace;
  /** The procedure (its anchor) whose section holds the sentence. */
  procedure?: string;
  step?: number;
  normative: boolean;
}

export interface Section {
  id: string;
  line: number;
  depth: number;
  title: LocalText;
}

export interface DocPage {
  file: string;
  locale: Locale;
  locales: Locale[];
  form: DocForm;
  title: LocalText;
  frontMatter: Record<string, unknown>;
  procedures: Procedure[];
  rules: Rule[];
  /** Later occurrences of a rule id already in `rules` (the page repeats itself across procedures). */
  repeats: Rule[];
  sections: Section[];
  /** Every sentence in page order, with its place. */
  statements: Statement[];
}
