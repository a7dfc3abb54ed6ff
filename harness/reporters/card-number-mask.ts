import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { testCards } from '../../flows/test-cards';
import { cardMasker, type CardHit } from '../../scripts/report-scan/card-finder';
import { maskedBytes, maskStrings } from '../../scripts/report-scan/mask';

const attempt = (test: TestCase, result: TestResult) => `"${test.title}" (attempt ${result.retry + 1})`;

/**
 * Masks the test card numbers in what a test leaves for the other reporters, before they read it: its errors, and
 * the files it attached (a failed test's `error-context.md` and trace). Playwright writes a page snapshot there when
 * a locator assertion fails on a missing element, and the snapshot holds each text field's value: a card number
 * field still in focus holds the whole number. Playwright has no option to leave it out.
 *
 * Listed first: reporters receive the same result objects in the order they are listed, each when the one before it
 * returns, so this one runs to the end (synchronously) before any other reads or copies. `npm run check-reports`
 * stays the net behind it: a number in a form this does not mask (typed key by key, in an image) still fails the run.
 */
export default class CardNumberMaskReporter implements Reporter {
  private readonly mask = cardMasker(testCards);

  // A step's error is its test's error too (an assertion's message prints the value it received), read by the
  // reporters that record steps as they end.
  onStepEnd(test: TestCase, result: TestResult, step: TestStep): void {
    if (step.error) this.tell(`step "${step.title}" of ${attempt(test, result)}`, maskStrings(this.mask, step.error));
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const where = attempt(test, result);
    this.tell(`the errors of ${where}`, maskStrings(this.mask, result.errors));
    if (result.error) this.tell(`the error of ${where}`, maskStrings(this.mask, result.error));
    for (const attachment of result.attachments) {
      if (!attachment.path || !existsSync(attachment.path)) continue;
      const masked = maskedBytes(this.mask, readFileSync(attachment.path));
      if (!masked) continue;
      // A whole file or none: a reader never sees one half rewritten.
      writeFileSync(`${attachment.path}.masking`, masked.bytes);
      renameSync(`${attachment.path}.masking`, attachment.path);
      this.tell(relative(process.cwd(), attachment.path), masked.masked);
    }
  }

  /** One line per place masked: the artifacts are safe, but a spec left a card number where a failure shows it. */
  private tell(place: string, masked: CardHit[]): void {
    const cards = [...new Set(masked.map((hit) => hit.card))];
    if (cards.length > 0) process.stderr.write(`card-number-mask: masked ${cards.join(', ')} in ${place}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
