export type Status = 'ok' | 'drift' | 'unverified';

export interface StepResult {
  n: number;
  status: Status;
  /** The labels the page names for the step, in the checked language. */
  expected: string[];
  /** For each expected label: the same text when on screen, else the nearest label seen (or null). */
  actual: (string | null)[];
  line: number | null;
  message: string;
  /** The step as the page says it, in the checked language. */
  text?: string;
  /** Path of the screenshot of the screen at this step, relative to the output folder. */
  screenshot?: string;
}

export interface ProcedureResult {
  id: string;
  title: string;
  line: number;
  steps: StepResult[];
}

export interface RuleResult {
  id: string;
  status: Status;
  line: number | null;
  message: string;
  sentence?: string;
}

/** A normative sentence of the page, confirmed against the product (pinned) or not. */
export interface SentenceResult {
  line: number;
  status: Status;
  sentence: string;
  message: string;
}

export interface LocaleResult {
  locale: string;
  procedures: ProcedureResult[];
  rules: RuleResult[];
  sentences: SentenceResult[];
  /** Not failures: wording a writer may want to look at (file:line and what differs). */
  warnings: string[];
}

export interface CheckResult {
  doc: string;
  results: LocaleResult[];
  summary: {
    steps: number; ok: number; drift: number; unverified: number;
    rules: { ok: number; drift: number; unverified: number };
    sentences: { ok: number; drift: number; unverified: number };
  };
}

/**
 * 0 in sync; 1 when a step drifted or could not be verified, a rule or sentence drifted or could not be
 * verified, or nothing at all was verified: a check that checked nothing never passes.
 */
export function exitCodeOf(result: CheckResult): 0 | 1 {
  const { ok, drift, unverified, rules, sentences } = result.summary;
  if (ok === 0) return 1;
  return drift + unverified + rules.drift + rules.unverified + sentences.drift + sentences.unverified > 0 ? 1 : 0;
}
