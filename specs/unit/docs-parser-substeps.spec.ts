import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseDoc } from '../../bindings/action-pack/parse';

// Another page of the documentation set: what a flow for it would be aligned with, without any change to the check.
const page = () => parseDoc(readFileSync('specs/inputs/next-steps.en-us.md', 'utf8'), 'next-steps.en-us.md');

test.describe('a page with nested sub-steps and a role note', () => {
  test("sub-steps belong to their step: its statements carry their labels, checked on that step's screens", () => {
    const doc = page();
    expect(doc.procedures[0]?.steps.map((s) => s.n)).toEqual([1, 2, 3]);
    const second = doc.statements
      .filter((s) => s.step === 2)
      .flatMap((s) => s.labels['en-US']?.map((l) => l.text) ?? []);
    expect(second).toEqual(['Azure credit', 'Activate', 'Yes']);
  });

  test('the role note is a normative sentence of the page, pinned like a step', () => {
    const note = page().statements.find((s) => s.place === 'note');
    expect(note).toMatchObject({
      normative: true,
      text: { 'en-US': 'You must be a global admin or an admin agent to activate benefits.' },
    });
  });
});
