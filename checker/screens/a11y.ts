import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe from 'axe-core';
import { firstLine } from '../../harness/error-code';
import type { Capture } from '../record/recorder';

export { a11yModes, type A11yMode } from './settings';

/** WCAG 2.1, levels A and AA, as axe tags its rules. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** One rule axe found broken on one screen, with the elements that break it. */
export interface A11yViolation {
  rule: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** The screen's path, where the step met it. */
  path: string;
  elements: { target: string; html: string }[];
}

/** What the accessibility scan found on the screens one documented step passed through. */
export interface A11yFindings {
  /** Distinct screens the step passed through (a screen is its path and the shape of its accessibility tree). */
  screens: number;
  violations: A11yViolation[];
  /** Screens that could not be scanned, and why: never a silent pass. */
  errors: string[];
}

/**
 * What a screen offers assistive technology, without what differs between two looks at the same screen: text
 * and values (typed, chosen, the account's data), link targets, and checked, pressed or selected states. Roles,
 * names, structure and disabled controls stay: they are what axe judges.
 */
export function screenShape(snapshot: string): string {
  return snapshot
    .split('\n')
    .map((line) =>
      line
        .replace(/ \[(?:checked|pressed|selected|active)(?:=[^\]]*)?\]/g, '')
        .replace(/^(\s*- (?:[a-z]+(?: "(?:[^"\\]|\\.)*")?(?: \[[^\]]*\])*|\/url)):(?: .*)$/, '$1'),
    )
    .join('\n');
}

/** The key of a screen: its path and a hash of its shape. */
export function screenKey(locale: string, capture: Capture): string {
  return `${locale} ${new URL(capture.url).pathname} ${createHash('sha256').update(screenShape(capture.text)).digest('hex').slice(0, 16)}`;
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Scan = Promise<{ violations: A11yViolation[] } | { error: string }>;

/** Scans shared by every procedure of one check (or a set's checks): a screen met again is not rescanned. */
export type ScanCache = Map<string, Scan>;

// A field's markup can carry what was typed in it (a card number while its field has focus): never into a report.
const withoutValues = (text: string) => text.replace(/\bvalue=(?:"[^"]*"|'[^']*')/g, 'value="…"');

const violationsOf = (violations: AxeResults['violations'], path: string): A11yViolation[] =>
  violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    helpUrl: v.helpUrl,
    path,
    elements: v.nodes.map((n) => ({
      target: withoutValues(n.target.map(String).join(' ')),
      html: withoutValues(n.html),
    })),
  }));

// AxeBuilder evaluates axe's 500 KB source in the page twice per scan, most of a scan's time. Axe is put in each
// document once instead, and the builder is given a source that does nothing: the axe already there runs.
const ALREADY_INJECTED = ';';

/** An axe run on the page as it is now, with the axe the document has. */
function axeOn(page: Page): Promise<AxeResults> {
  // Legacy mode runs axe in the page itself; the default opens a blank page per scan to merge frames, and the
  // product has no frames. Only violations are needed: axe then skips collecting every passing node. options()
  // replaces what withTags() set, so it comes first.
  return new AxeBuilder({ page, axeSource: ALREADY_INJECTED })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .withTags([...A11Y_TAGS])
    .analyze();
}

/** axe's WCAG 2.1 A and AA violations on the page as it is now; axe is brought into a document the first time. */
export function axeViolations(page: Page): Promise<AxeResults['violations']> {
  // A document met for the first time has no axe yet: the first run says so, and axe is brought in.
  return axeOn(page)
    .catch(async () => {
      await page.evaluate(axe.source);
      return axeOn(page);
    })
    .then((results) => results.violations);
}

async function analyze(page: Page, path: string): Scan {
  try {
    return { violations: violationsOf(await axeViolations(page), path) };
  } catch (e) {
    return { error: `${path}: ${firstLine(e)}` };
  }
}

/**
 * Scans each screen the Recorder captures, once per distinct screen, and hands each step what its own screens
 * showed: a screen met at two steps reports its violations at both.
 */
export class A11yScanner {
  private screens = new Map<string, Scan>();

  constructor(
    private readonly page: Page,
    private readonly locale: string,
    private readonly cache: ScanCache,
  ) {}

  /** Called with each capture, while the screen is still the one captured. */
  async scan(capture: Capture): Promise<void> {
    const key = screenKey(this.locale, capture);
    if (this.screens.has(key)) return;
    let scan = this.cache.get(key);
    if (!scan) {
      scan = analyze(this.page, new URL(capture.url).pathname);
      this.cache.set(key, scan);
    }
    this.screens.set(key, scan);
    await scan;
  }

  /** What the screens since the last call showed; starts the next step afresh. */
  async take(): Promise<A11yFindings> {
    const scans = await Promise.all(this.screens.values());
    this.screens = new Map();
    const violations = new Map<string, A11yViolation>();
    const errors: string[] = [];
    for (const s of scans) {
      if ('error' in s) errors.push(s.error);
      // The same rule broken by the same elements on two screens of a step is one finding.
      else for (const v of s.violations) violations.set(`${v.rule} ${v.elements.map((e) => e.target).join(',')}`, v);
    }
    return { screens: scans.length, violations: [...violations.values()], errors };
  }
}
