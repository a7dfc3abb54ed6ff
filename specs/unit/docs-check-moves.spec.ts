import { expect, test } from '@playwright/test';
import { judgeSteps } from '../../checker/judge/steps';
import type { Alignment } from '../../checker/read/alignment';
import type { StepReading } from '../../checker/read/steps';
import type { Step } from '../../checker/parser';
import type { FlowStep } from '../../flows/flow';

// The judge's reading of an alignment, with steps reduced to what it reads: a page step's number and line, a flow
// step's id, and how alike two steps are.
const docStep = (n: number, line: number) => ({ n, shown: String(n), line }) as unknown as Step;
const flowStep = (id: string) => ({ id }) as unknown as FlowStep;
const base = (n: number, line: number | null) => ({ n, line, expected: [] });
const screens = { screenshot: 'lost.png' };

test.describe('A step the page moved is one result', () => {
  const [one, two, three] = [docStep(1, 10), docStep(2, 11), docStep(3, 12)];
  const [a, b] = [flowStep('f.a'), flowStep('f.b')];

  test('the lost step folds into the gained step most like it, not the first alike enough', () => {
    // Page: 1 (= f.a), 2 (a little like f.b), 3 (f.b, moved). The product does f.b first.
    const like = new Map([
      [`${two.n} f.b`, 0.35],
      [`${three.n} f.b`, 0.9],
    ]);
    const alignment = {
      pairs: [{ bound: b }, { doc: one, bound: a }, { doc: two }, { doc: three }],
      similarity: (d: Step, f: FlowStep) => like.get(`${d.n} ${f.id}`) ?? 0,
    } as unknown as Alignment;
    const readings: StepReading[] = [
      { base: base(1, null), doc: undefined, bound: b, kind: 'not-documented', screens, pressed: [] },
      {
        base: base(1, 10),
        doc: one,
        bound: a,
        kind: 'read',
        checks: [],
        links: { problems: [], fixes: [] },
        statements: [],
        screens: {},
      },
      { base: base(2, 11), doc: two, bound: undefined, kind: 'not-in-flow' },
      { base: base(3, 12), doc: three, bound: undefined, kind: 'not-in-flow' },
    ] as unknown as StepReading[];
    const results = judgeSteps(readings, alignment, 'en-US', []);
    expect(results.map((r) => [r.line, r.status, r.message.split(':')[0]])).toEqual([
      [10, 'ok', ''],
      [11, 'drift', 'the page documents a step that the product flow does not have here'],
      [12, 'drift', 'out of order'],
    ]);
    expect(results[2]).toMatchObject({ stepId: 'f.b', screenshot: 'lost.png' });
  });

  test('a step where the flow stopped keeps its own result, with the error that says why', () => {
    const alignment = {
      pairs: [{ bound: b }, { doc: one }],
      similarity: () => 0.9,
    } as unknown as Alignment;
    const readings = [
      {
        base: base(1, null),
        doc: undefined,
        bound: b,
        kind: 'stopped',
        error: new Error('Timeout 10000ms exceeded'),
        screens,
      },
      { base: base(1, 10), doc: one, bound: undefined, kind: 'not-in-flow' },
    ] as unknown as StepReading[];
    const results = judgeSteps(readings, alignment, 'en-US', []);
    expect(results.map((r) => r.message)).toEqual([
      'the product flow stopped here: Timeout 10000ms exceeded',
      'the page documents a step that the product flow does not have here',
    ]);
  });
});
