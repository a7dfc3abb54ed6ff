import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { testCards } from '../../flows/test-cards';
import { cardMasker, type CardHit } from '../../scripts/report-scan/card-finder';
import { maskedBytes, maskStrings } from '../../scripts/report-scan/mask';

const attempt = (test: TestCase, result: TestResult) => `"${test.title}" (attempt ${result.retry + 1})`;

/**
 * Masks the test card numbers in what a test leaves for the other reporters, before they read it: its errors, and
 * what it attached, in memory or in files (a failed test's `error-context.md` and trace). Playwright writes a page
 * snapshot there when a locator assertion fails on a missing element, and the snapshot holds each text field's
 * value: a card number field still in focus holds the whole number. Playwright has no option to leave it out.
 *
 * Listed first: reporters receive the same result objects in the order they are listed, each when the one before it
 * returns, so this one runs to the end (synchronously) before any other reads or copies. The report scan
 * (scripts/check-reports.ts) stays the net behind it: a number in a form this does not mask (typed key by key, in an
 * image) still fails the run.
 */
export default class CardNumberMaskReporter implements Reporter {
  private readonly mask = cardMasker(testCards);

  // A step's error is its test's error too (an assertion's message prints the value it received), read by the
  // reporters that record steps as they end.
  // So are the bodies attached so far, which a blob report encodes as each step ends.
  onStepEnd(test: TestCase, result: TestResult, step: TestStep): void {
    if (step.error) this.tell(`step "${step.title}" of ${attempt(test, result)}`, maskStrings(this.mask, step.error));
    this.maskBodies(test, result);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const where = attempt(test, result);
    this.tell(`the errors of ${where}`, maskStrings(this.mask, result.errors));
    if (result.error) this.tell(`the error of ${where}`, maskStrings(this.mask, result.error));
    this.maskBodies(test, result);
    for (const attachment of result.attachments) {
      if (!attachment.path || !existsSync(attachment.path)) continue;
      let masked: ReturnType<typeof maskedBytes>;
      try {
        masked = maskedBytes(this.mask, readFileSync(attachment.path));
      } catch (error) {
        // A zip cut short, say: left as it is, for the report scan to read and name if it holds a number.
        process.stderr.write(`card-number-mask: could not read ${attachment.path}: ${String(error)}\n`);
        continue;
      }
      if (!masked) continue;
      // A whole file or none: a reader never sees one half rewritten.
      writeFileSync(`${attachment.path}.masking`, masked.bytes);
      renameSync(`${attachment.path}.masking`, attachment.path);
      this.tell(relative(process.cwd(), attachment.path), masked.masked);
    }
  }

  /** Attachments held in memory (`testInfo.attach(name, { body })`), replaced by their masked bytes. */
  private maskBodies(test: TestCase, result: TestResult): void {
    for (const attachment of result.attachments) {
      if (!attachment.body) continue;
      const masked = maskedBytes(this.mask, attachment.body);
      if (!masked) continue;
      attachment.body = Buffer.from(masked.bytes);
      this.tell(`attachment "${attachment.name}" of ${attempt(test, result)}`, masked.masked);
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
