import type { Page, Request } from '@playwright/test';
import { scaled } from '../../harness/settings/timeouts';

const isApi = (request: Request) => new URL(request.url()).pathname.startsWith('/api/');

/**
 * The product's requests to its backend on one page, so a screenshot waits until the screen has its data: the
 * control a step presses can be there while another part of the screen (the header's account, a list) is still
 * loading, and a screenshot taken then would differ from run to run.
 */
export class ApiActivity {
  private readonly inflight = new Set<Request>();
  /** Requests seen so far: one that starts and ends between two looks is still one to wait for the render of. */
  private seen = 0;
  private waiters: (() => void)[] = [];
  private readonly started = (request: Request) => {
    if (!isApi(request)) return;
    this.inflight.add(request);
    this.seen++;
  };
  private readonly ended = (request: Request) => {
    this.inflight.delete(request);
    if (this.inflight.size > 0) return;
    for (const wake of this.waiters) wake();
    this.waiters = [];
  };

  constructor(private readonly page: Page) {
    page.on('request', this.started);
    page.on('requestfinished', this.ended);
    page.on('requestfailed', this.ended);
  }

  dispose(): void {
    this.page.off('request', this.started);
    this.page.off('requestfinished', this.ended);
    this.page.off('requestfailed', this.ended);
  }

  private idle(): Promise<void> {
    return this.inflight.size === 0 ? Promise.resolve() : new Promise((wake) => this.waiters.push(wake));
  }

  /**
   * Until no request is open and the page has drawn twice since with no request begun in between (React renders
   * what came back, and starts the requests of what it rendered: those are waited for too). A request that
   * began and ended while the page drew, as on a loaded machine, means another round, so that what it brought is
   * drawn too. A backend that never answers stops the wait at `limitMs`: the screenshot then shows the screen as
   * it is, and the step reports what went wrong itself.
   */
  async settled(limitMs = scaled(5_000)): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<'limit'>((resolve) => (timer = setTimeout(() => resolve('limit'), limitMs)));
    try {
      for (;;) {
        if ((await Promise.race([this.idle(), limit])) === 'limit') return;
        const before = this.seen;
        // A page being replaced has no frame to wait for: the next round waits for the new one's requests.
        await this.page
          .evaluate(
            () => new Promise<void>((drawn) => requestAnimationFrame(() => requestAnimationFrame(() => drawn()))),
          )
          .catch(() => undefined);
        if (this.inflight.size === 0 && this.seen === before) return;
      }
    } finally {
      clearTimeout(timer);
    }
  }
}
