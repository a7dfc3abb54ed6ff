import type { Reporter } from '@playwright/test/reporter';
import { mark } from './marks';

/**
 * Placed after each of the suite's reporters during `npm run profile`: Playwright calls the reporters' onEnd one
 * after another, so the time between two marks is what the reporter between them spent writing its report.
 */
export default class MarkReporter implements Reporter {
  constructor(private readonly options: { after: string }) {}
  onEnd(): void {
    mark(`reporter-end:${this.options.after}`);
  }
  printsToStdio(): boolean {
    return false;
  }
}
