import { expect, test } from '@playwright/test';
import type { Label } from '../../checker/parser';
import type { AriaNode } from '../../checker/read/aria';
import { checkLabels } from '../../checker/read/label-checks';
import type { ReadonlyObservation } from '../../checker/read/observation';

/** A step that met `nodes` on its one screen and pressed `pressed`. */
const seen = (nodes: AriaNode[], pressed?: string): ReadonlyObservation => ({
  captures: [{ nodes }],
  acted: pressed === undefined ? [] : [{ role: 'button', name: pressed }],
  typed: [],
});

const alternatives: Label = { text: 'Add', path: ['Add'], anyOf: ['Add', 'Update', 'Change'] };
const examples: Label = {
  text: 'Silver Core',
  path: ['Silver Core'],
  anyOf: ['Silver Core', 'Gold Core'],
  example: true,
};

/** A list of offers whose rows are named after their core benefit. */
const offers = (...names: string[]): AriaNode[] => [
  { role: 'list', name: 'Go-To-Market', depth: 0 },
  ...names.flatMap((name): AriaNode[] => [
    { role: 'listitem', depth: 1 },
    { role: 'text', text: name, depth: 2 },
    { role: 'button', name: `Expand ${name}`, depth: 2 },
  ]),
];

test.describe('labels given as alternatives', () => {
  test('one alternative pressed is the step as documented, though the others are not on screen', () => {
    const [check] = checkLabels([alternatives], seen([{ role: 'button', name: 'Add' }], 'Add'));
    expect(check).toMatchObject({ expected: 'Add', actual: 'Add', found: true });
  });

  test('any alternative counts, not only the first', () => {
    const screen = seen(
      [
        { role: 'button', name: 'Update' },
        { role: 'button', name: 'Change' },
      ],
      'Change',
    );
    expect(checkLabels([alternatives], screen)[0]).toMatchObject({ actual: 'Change', found: true });
  });

  test('none of them on screen is drift naming what the step selected instead', () => {
    const [check] = checkLabels([alternatives], seen([{ role: 'button', name: 'Add contact' }], 'Add contact'));
    expect(check).toMatchObject({
      found: false,
      actual: 'Add contact',
      why: 'the screen shows **Add contact** where the doc says **Add**, **Update** or **Change**',
    });
  });

  test("an alternative the product offers at the step (its flow step's label) left out of the group is drift", () => {
    const dropped: Label = { text: 'Add', path: ['Add'], anyOf: ['Add', 'Update'] };
    const screen = seen([{ role: 'button', name: 'Add' }], 'Add');
    expect(checkLabels([dropped], screen, ['Add', 'Update', 'Change'])[0]).toMatchObject({
      found: false,
      why: 'the product also offers **Change** here, which the page leaves out of **Add** or **Update**',
    });
    expect(checkLabels([alternatives], screen, ['Add', 'Update', 'Change'])[0]?.found).toBe(true);
  });
});

test.describe('labels given as examples', () => {
  test('every example shown by the step is in sync, as text or as a name', () => {
    expect(checkLabels([examples], seen(offers('Silver Core', 'Gold Core')))[0]?.found).toBe(true);
    const asRegions = seen([
      { role: 'region', name: 'Silver Core' },
      { role: 'region', name: 'Gold Core' },
    ]);
    expect(checkLabels([examples], asRegions)[0]?.found).toBe(true);
  });

  test('an example the product does not show is drift saying which one', () => {
    const [check] = checkLabels([examples], seen(offers('Silver Core', 'Platinum Core')));
    expect(check).toMatchObject({
      expected: 'Gold Core',
      found: false,
      why: '**Gold Core** is not on screen, though the page gives it as an example',
    });
  });

  test('examples need not be pressed: shown is enough', () => {
    const [check] = checkLabels([examples], seen(offers('Silver Core', 'Gold Core'), 'Expand Silver Core'));
    expect(check?.found).toBe(true);
  });
});

test.describe('a path written in prose', () => {
  const path: Label = { text: 'Go-To-Market', path: ['Benefits', 'Go-To-Market'] };
  const screen = (pressed: string[]): ReadonlyObservation => ({
    captures: [
      {
        nodes: [
          { role: 'link', name: 'Benefits', depth: 0 },
          { role: 'tab', name: 'Go-To-Market', depth: 0 },
        ],
      },
    ],
    acted: pressed.map((name) => ({ role: name === 'Benefits' ? 'link' : 'tab', name })),
    typed: [],
  });

  test('holds when the step selected each part in order, though one is not reached from the other', () => {
    expect(checkLabels([path], screen(['Benefits', 'Go-To-Market']))[0]?.found).toBe(true);
  });

  test('does not hold when the parts were selected the other way round, or one was not selected', () => {
    expect(checkLabels([path], screen(['Go-To-Market', 'Benefits']))[0]?.found).toBe(false);
    expect(checkLabels([path], screen(['Go-To-Market']))[0]?.found).toBe(false);
  });
});
