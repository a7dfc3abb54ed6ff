import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import {
  needsImage,
  type RecordedAction as LoggedAction,
  type RecordedScreen as Look,
  type StepRecord as StepLog,
} from '../../checker/record/step-record';
import { observationOf } from '../../checker/read/observation';

/** A one-pixel image whose red channel tells the looks apart. */
const image = (red: number) => {
  const png = new PNG({ width: 1, height: 1 });
  png.data.set([red, 0, 0, 255]);
  return PNG.sync.write(png);
};
const redOf = (png: Buffer | undefined) => (png ? PNG.sync.read(png).data[0] : undefined);

const look = (url: string, red: number, name?: string): Look => ({
  capture: { nodes: [], text: `- heading "${url}"`, url: `http://sandbox.test${url}` },
  image: image(red),
  // Off the image: the outline draws nothing, so the image read back is the one taken.
  box: { x: 50, y: 50, width: 1, height: 1 },
  target: name !== undefined,
  ...(name !== undefined && { name }),
});
const click = (name: string, red: number): LoggedAction => ({
  kind: 'click',
  node: { role: 'button', name },
  look: look(`/${name}`, red, name),
});

/** Subscribe's last step as the product performs it: choose a country, type a name, press Next, then Buy. */
const log: StepLog = {
  actions: [
    {
      kind: 'select',
      node: { role: 'combobox', name: 'Country' },
      choice: 'Korea',
      look: look('/country', 1, 'Country'),
    },
    { kind: 'fill', node: { role: 'textbox', name: 'Name' }, typed: 'Ada' },
    click('Next', 2),
    click('Buy', 3),
  ],
  end: look('/done', 4),
};

/** The log as a recorder for one page alone keeps it: an image only where needsImage asked for one. */
function keptFor(documented: ReadonlySet<string>): StepLog {
  const kept: StepLog = { actions: [] };
  for (const a of log.actions) {
    kept.actions.push({ ...a, ...(a.look && { look: { ...a.look } }) });
    const newest = kept.actions.at(-1)?.look;
    if (newest && !needsImage(kept.actions, documented)) delete newest.image;
  }
  kept.end = { ...(log.end as Look) };
  if (!needsImage(kept.actions, documented, true)) delete kept.end.image;
  return kept;
}

test.describe('reading a logged step for one page', () => {
  test('the screenshot is the screen before the control the page names, outlined as that control', async () => {
    const read = await observationOf(log, ['Buy']);
    expect(redOf(read.screenshot)).toBe(3);
    expect(read.outlined).toBe('Buy');
  });

  test('a page naming a control the product no longer shows gets the screen before the first other press', async () => {
    const read = await observationOf(log, ['Purchase']);
    expect(redOf(read.screenshot)).toBe(2);
    expect(read.outlined).toBe('Next');
  });

  test("a documented choice is the step's screen, and its screen is looked at; an undocumented choice's is not", async () => {
    expect((await observationOf(log, ['Korea'])).outlined).toBe('Country');
    expect((await observationOf(log, ['Korea'])).captures.map((c) => new URL(c.url).pathname)).toEqual([
      '/country',
      '/Next',
      '/Buy',
      '/done',
    ]);
    expect((await observationOf(log, ['Buy'])).captures.map((c) => new URL(c.url).pathname)).toEqual([
      '/Next',
      '/Buy',
      '/done',
    ]);
  });

  test('with no press at all, the screen as the step ends, outlined nowhere', async () => {
    const typedOnly: StepLog = { actions: [{ kind: 'fill', typed: 'Ada' }], end: look('/done', 4) };
    const read = await observationOf(typedOnly, ['Buy']);
    expect(redOf(read.screenshot)).toBe(4);
    expect(read.outlined).toBeUndefined();
    expect(read.typed).toEqual(['Ada']);
  });

  test('what was acted on and typed does not depend on the page', async () => {
    for (const names of [[], ['Buy'], ['Purchase']]) {
      const read = await observationOf(log, names);
      expect(read.acted.map((n) => `${n.role} ${n.name ?? ''}`)).toEqual([
        'combobox Country',
        'option Korea',
        'textbox Name',
        'button Next',
        'button Buy',
      ]);
      expect(read.typed).toEqual(['Ada']);
    }
  });

  test("a log kept for one page has the image that page's reading takes, and none for a choice it does not name", async () => {
    for (const names of [['Buy'], ['Purchase'], ['Korea'], ['Nothing', 'on screen']]) {
      const documented = new Set(names);
      const kept = keptFor(documented);
      expect(!!kept.actions[0]?.look?.image, names.join(',')).toBe(documented.has('Korea'));
      expect(redOf((await observationOf(kept, names)).screenshot), names.join(',')).toBe(
        redOf((await observationOf(log, names)).screenshot),
      );
    }
  });

  test('reading a log for a page whose screenshot was not kept is an error, not a screen from elsewhere', async () => {
    const withoutImages: StepLog = {
      actions: log.actions.map((a) => (a.look ? { ...a, look: { ...a.look, image: undefined } } : a)) as LoggedAction[],
      end: log.end as Look,
    };
    await expect(observationOf(withoutImages, ['Buy'])).rejects.toThrow(/was not kept as an image/);
  });

  test('a step that stopped while its screen was being looked at reads with no screenshot, so its own error is reported', async () => {
    // The press the page names lost its look (the look itself failed), and the end was not kept as an image.
    const stopped: StepLog = {
      actions: [...log.actions.slice(0, 3), { kind: 'click', node: { role: 'button', name: 'Buy' } }],
      end: { ...(log.end as Look), image: undefined },
      failed: true,
    };
    const read = await observationOf(stopped, ['Buy']);
    expect(read.screenshot).toBeUndefined();
    expect(read.acted.map((n) => n.name)).toContain('Buy');
  });
});
