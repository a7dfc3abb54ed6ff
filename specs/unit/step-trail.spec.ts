import { expect, test } from '@playwright/test';
import { StepTrail, type TrailStep } from '../../fixtures/step-trail';

const step = (n: number, text: string): TrailStep => ({
  procedure: 'Turn off automatic renewal',
  title: `Turn off automatic renewal · ${n}. ${text}`,
  location: { file: `${process.cwd()}/docs/pages/page.md`, line: 70 + n, column: 1 },
});
const open = step(1, 'Select Partnership > Offers.');
const select = step(2, 'Select the subscription.');
const fail = () => Promise.reject(new Error('not there'));

test.describe('where a failed test failed, named by the flow steps it took', () => {
  test('after its last flow step: the procedure and that step, at its line of the page', async () => {
    const trail = new StepTrail();
    await trail.take(open, () => Promise.resolve());
    await trail.take(select, () => Promise.resolve());
    expect(trail.failure()).toBe(
      'failed after the procedure "Turn off automatic renewal", whose step 2. Select the subscription. (docs/pages/page.md:72) was the test\'s last flow step',
    );
  });

  test('inside a flow step, or while one still runs (a timeout): that step', async () => {
    const failed = new StepTrail();
    await failed.take(open, () => Promise.resolve());
    await expect(failed.take(select, fail)).rejects.toThrow('not there');
    expect(failed.failure()).toBe(
      'failed in Turn off automatic renewal · 2. Select the subscription. (docs/pages/page.md:72)',
    );
    const running = new StepTrail();
    void running.take(open, () => new Promise(() => {}));
    expect(running.failure()).toBe(
      'failed in Turn off automatic renewal · 1. Select Partnership > Offers. (docs/pages/page.md:71)',
    );
  });

  test('a step failure the test expected and went on from is not where it failed; no step taken names nothing', async () => {
    const trail = new StepTrail();
    await expect(trail.take(open, fail)).rejects.toThrow('not there');
    await trail.take(select, () => Promise.resolve());
    expect(trail.failure()).toMatch(/^failed after the procedure .*, whose step 2\./);
    expect(new StepTrail().failure()).toBeUndefined();
  });
});
