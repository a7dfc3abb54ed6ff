import type { A11yFindings, A11yMode } from './screens/a11y';
import type { BaselineCheck } from './screens/baselines';

export type Status = 'ok' | 'drift' | 'unverified';

/**
 * One difference between the page and the product that the page can be brought in line with: the text as the
 * page writes it and the product's text, exactly (the control the step pressed, the heading it met, the path it
 * took, the link's target). Only these are patched; a rule or a changed sentence never is.
 */
export interface Fix {
  kind: 'label' | 'path' | 'link-target' | 'link-text' | 'address';
  /** The language of the page's text that differs. */
  locale: string;
  /** As the page writes it: a label, a menu path `A > B`, a link's target or words, an address. */
  documented: string;
  /** What the product shows instead, in the same form. */
  product: string;
  /** The page's line of the sentence that holds it. */
  line: number;
}

export interface StepResult {
  /** The step's ordinal in its procedure: what identifies it in code. */
  n: number;
  /** The step's number as the page renders it ('3', '3a'): what names it to a person. Absent on a step the page does not document. */
  shown?: string;
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
  /** The control outlined on the screenshot: the one the step was about to press (on a drift, the one it pressed instead). */
  outlined?: string;
  /** The flow step the documented step was performed as (`checkout.pay`). */
  stepId?: string;
  /** A step the product flow has and the page does not document. */
  undocumented?: true;
  /** The labels, paths and links of the step that differ from the product, each with the product's text. */
  fixes?: Fix[];
  /** That screenshot against its baseline beside the page: a change is a warning, never drift. */
  baseline?: BaselineCheck;
  /** Accessibility violations (axe, WCAG 2.1 A and AA) on the screens the step passed through. */
  a11y?: A11yFindings;
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
  /** The flow step the statement stands in, when it stands in a documented step the check performed. */
  stepId?: string;
}

/** A rule a sentence no longer states (it did when confirmed) or contradicts, and what the product did about it there. */
export interface RuleAtStake {
  id: string;
  kind: 'no-longer-states' | 'contradicts';
  /** The rule's check at the sentence's place: ok, the product enforces the rule; drift, it does not; unverified, not seen. */
  product: Status;
  /** What the product did, in the rule check's words. */
  message: string;
}

/** A normative sentence of the page, confirmed against the product (pinned) or not. */
export interface SentenceResult {
  line: number;
  status: Status;
  sentence: string;
  message: string;
  /** The rules the sentence no longer states or contradicts: a confirmation that would bury one the product enforces is refused. */
  atStake?: RuleAtStake[];
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
  /** What the screens depended on, so a run (and its screenshots) can be repeated. */
  run?: { seed: number; today: string; a11y: A11yMode; screenshotTolerance?: number };
  results: LocaleResult[];
  summary: {
    steps: number;
    ok: number;
    drift: number;
    unverified: number;
    rules: { ok: number; drift: number; unverified: number };
    sentences: { ok: number; drift: number; unverified: number };
    /** Steps scanned, violations found over them, screens that could not be scanned. */
    a11y?: { steps: number; violations: number; errors: number };
    screenshots?: Record<BaselineCheck['status'], number>;
  };
}

/**
 * 0 in sync; 1 when a step drifted or could not be verified, a rule or sentence drifted or could not be
 * verified, or nothing at all was verified: a check that checked nothing never passes. With `a11y: 'fail'`,
 * an accessibility violation, a screen that could not be scanned, or no scan at all is 1 too.
 */
export function exitCodeOf(result: CheckResult, options: { a11y?: A11yMode } = {}): 0 | 1 {
  const { ok, drift, unverified, rules, sentences, a11y } = result.summary;
  if (ok === 0) return 1;
  if (options.a11y === 'fail' && (!a11y?.steps || a11y.violations + a11y.errors > 0)) return 1;
  return drift + unverified + rules.drift + rules.unverified + sentences.drift + sentences.unverified > 0 ? 1 : 0;
}
