import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestCase, TestError, TestResult, TestStep } from '@playwright/test/reporter';
import { testCards } from '../../flows/test-cards';
import { cardMasker, type CardHit } from '../../scripts/report-scan/card-finder';
import { maskedBytes, maskStrings, type MaskedBytes } from '../../scripts/report-scan/mask';

type Attachment = TestResult['attachments'][number];

const attempt = (test: TestCase, result: TestResult) => `"${test.title}" (attempt ${result.retry + 1})`;
/** Written instead of what could not be masked: kept from every reader rather than risked. */
const withheld = (why: string) => `Withheld by the harness: its card numbers could not be masked (${why}).\n`;

/** The annotation of a test that typed a card number (the suite's `context` fixture adds it): its video is withheld. */
export const SECRET_TYPED = 'card-number-typed';

/**
 * Masks the test card numbers in what a test leaves for the other reporters, before they read it: its errors (and
 * the run's), its output, and what it attached, in memory or in files (a failed test's `error-context.md` and
 * trace). Playwright writes a page snapshot there when a locator assertion fails on a missing element, and the
 * snapshot holds each text field's value: a card number field still in focus holds the whole number. Playwright
 * has no option to leave it out; an assertion's message prints the value it received.
 *
 * Listed first: reporters receive the same objects in the order they are listed, each when the one before it
 * returns, so this one runs to the end (synchronously) before any other reads or copies. What it cannot reach: a
 * test's output as another reporter receives it chunk by chunk (the blob report's), step titles and images. A video
 * shows the number as it is typed and cannot be masked: a test that typed one keeps none.
 * The report scan (scripts/check-reports.ts) stays the net behind it, and fails a run that left a number anywhere.
 */
export default class CardNumberMaskReporter implements Reporter {
  private readonly mask = cardMasker(testCards);
  /** Bodies already read: a step's end re-reads the attachments of its test, and most are read before. */
  private readonly checked = new WeakSet<Buffer>();

  onError(error: TestError): void {
    this.tell('an error of the run', maskStrings(this.mask, error));
  }

  // A step's error is its test's error too (an assertion's message prints the value it received). Reporters that
  // record steps as they end read it then, with the attachments so far (a blob report encodes their bodies, Allure
  // copies a step's files).
  onStepEnd(test: TestCase, result: TestResult, step: TestStep): void {
    const where = attempt(test, result);
    if (step.error) this.tell(`step "${step.title}" of ${where}`, maskStrings(this.mask, step.error));
    for (const attachment of step.attachments) this.maskAttachment(attachment, where);
    for (const attachment of result.attachments) if (attachment.body) this.maskAttachment(attachment, where);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const where = attempt(test, result);
    this.tell(`the errors of ${where}`, maskStrings(this.mask, [result.errors, result.error]));
    this.tell(`the output of ${where}`, maskStrings(this.mask, [result.stdout, result.stderr]));
    if (result.annotations.some((a) => a.type === SECRET_TYPED)) this.withholdVideos(result, where);
    for (const attachment of result.attachments) this.maskAttachment(attachment, where);
  }

  private withholdVideos(result: TestResult, where: string): void {
    for (const attachment of result.attachments) {
      if (!attachment.contentType.startsWith('video/')) continue;
      if (attachment.path) rmSync(attachment.path, { force: true });
      process.stderr.write(`card-number-mask: withheld the video of ${where}: a card number was typed in it\n`);
      Object.assign(attachment, {
        path: undefined,
        contentType: 'text/plain',
        body: Buffer.from(
          'Withheld by the harness: a card number was typed in this test, and a video cannot be masked.\n',
        ),
      });
    }
  }

  private maskAttachment(attachment: Attachment, where: string): void {
    if (attachment.body) {
      if (this.checked.has(attachment.body)) return;
      let masked: MaskedBytes | undefined;
      try {
        masked = maskedBytes(this.mask, attachment.body, `attachment "${attachment.name}"`);
      } catch (error) {
        process.stderr.write(
          `card-number-mask: withheld attachment "${attachment.name}" of ${where}: ${String(error)}\n`,
        );
        attachment.body = Buffer.from(withheld(String(error)));
      }
      if (masked) attachment.body = Buffer.from(masked.bytes);
      this.checked.add(attachment.body);
      this.tell(`attachment "${attachment.name}" of ${where}`, masked?.masked ?? []);
      return;
    }
    const path = attachment.path;
    // An image or a video holds no text to mask; the trace's and error context's copies are text and zips.
    if (!path || /^(image|video)\//.test(attachment.contentType) || !existsSync(path)) return;
    let bytes: Uint8Array | string;
    try {
      const masked = maskedBytes(this.mask, readFileSync(path), relative(process.cwd(), path));
      if (!masked) return;
      this.tell(relative(process.cwd(), path), masked.masked);
      bytes = masked.bytes;
    } catch (error) {
      // A zip cut short, say: nothing of it is kept rather than a number in it.
      process.stderr.write(`card-number-mask: withheld ${relative(process.cwd(), path)}: ${String(error)}\n`);
      bytes = withheld(String(error));
    }
    // A whole file or none: a reader never sees one half rewritten.
    writeFileSync(`${path}.masking`, bytes);
    renameSync(`${path}.masking`, path);
  }

  /** One line per place masked: the artifacts are safe, but a spec left a card number where a failure shows it. */
  private tell(place: string, masked: CardHit[]): void {
    const cards = [...new Set(masked.map((hit) => hit.card))];
    if (cards.length > 0) process.stderr.write(`card-number-mask: masked ${cards.join(', ')} in ${place}\n`);
  }

  // Not a terminal reporter: a run with no other one gets Playwright's default, inserted before this one, which
  // would print the errors before they are masked. A run of the suite's config lists one after this.
  printsToStdio(): boolean {
    return false;
  }
}
