import { expect, test } from '@playwright/test';
import { allEnded } from '../../checker/all-ended';

/** A piece of work that ends when `end` is called, with `value` or with `error`. */
function work<T>(): { promise: Promise<T>; end: (value: T) => void; fail: (error: Error) => void } {
  let end!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  return { promise, end, fail };
}

test.describe('all of the work ended before its outcome', () => {
  test("every result in the work's order", async () => {
    expect(await allEnded([Promise.resolve('en-US'), Promise.resolve('ko-KR')])).toEqual(['en-US', 'ko-KR']);
  });

  test('a failure is thrown only once the rest has ended, and the first of them in order', async () => {
    const [a, b, c] = [work<string>(), work<string>(), work<string>()];
    let outcome: unknown;
    const all = allEnded([a.promise, b.promise, c.promise]).catch((error: unknown) => (outcome = error));
    c.fail(new Error('third'));
    b.fail(new Error('second'));
    // The first piece still runs: nothing is thrown yet.
    await new Promise((resolve) => setImmediate(resolve));
    expect(outcome).toBeUndefined();
    a.end('first');
    await all;
    expect(outcome).toEqual(new Error('second'));
  });
});
