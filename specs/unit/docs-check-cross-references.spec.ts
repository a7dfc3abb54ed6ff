import { expect, test } from '@playwright/test';
import type { Statement } from '../../checker/parser';
import { checkLinks, refersElsewhere } from '../../checker/read/links';
import type { Observation } from '../../checker/read/observation';
import { sandboxProduct } from '../../bindings/product';

const statement = (href: string): Statement => ({
  line: 100,
  text: { 'en-US': 'If the user you want to assign is not in the list, you can add new users in Account settings.' },
  labels: { 'en-US': [{ text: 'Account settings', path: ['Account settings'] }] },
  anchors: { 'en-US': [{ href, text: 'add new users' }] },
  place: 'step',
  normative: true,
});
const onBenefits: Observation = {
  captures: [
    { nodes: [{ role: 'heading', name: 'Benefits' }], text: '', url: 'http://sandbox.test/partnership/benefits' },
  ],
  acted: [],
  typed: [],
};

test.describe('a sentence that sends the reader to another page of the documentation', () => {
  test("its link is the page's own cross-reference: no address the step must reach, no link the screen must show", () => {
    expect(
      checkLinks([statement('create-user-accounts-and-set-permissions.md')], 'en-US', onBenefits).problems,
    ).toEqual([]);
  });

  test('a Partner Center address or another site in the same place is still checked', () => {
    const elsewhere = checkLinks([statement('https://partnercenter.microsoft.com/account/users')], 'en-US', onBenefits);
    expect(elsewhere.problems).toEqual([
      'the step does not reach /account/users (https://partnercenter.microsoft.com/account/users)',
    ]);
    expect(checkLinks([statement('https://example.org/users')], 'en-US', onBenefits).problems).toEqual([
      "no link to https://example.org/users (**add new users**) on the step's screens",
    ]);
  });

  test('names what that page documents: its labels are no controls of this step', () => {
    expect(refersElsewhere(statement('create-user-accounts-and-set-permissions.md'), 'en-US')).toBe(true);
    expect(refersElsewhere(statement('create-user-accounts-and-set-permissions.md#add'), 'en-US')).toBe(true);
    expect(refersElsewhere(statement('https://example.org/users.md'), 'en-US')).toBe(false);
    expect(refersElsewhere(statement('https://partnercenter.microsoft.com/account/users'), 'en-US')).toBe(false);
  });
});

test.describe('a Partner Center address the product serves elsewhere', () => {
  const form = 'https://partnercenter.microsoft.com/pcv/partnership/benefits/createadvisoryhoursservicerequest';
  const at = (path: string): Observation => ({
    captures: [{ nodes: [], text: '', url: `http://sandbox.test${path}` }],
    acted: [],
    typed: [],
  });
  // The sandbox serves Partner Center's /pcv/ pages at its root.
  const withoutPcv = (address: URL) => sandboxProduct.pathOf?.(address) ?? address.pathname;

  test("is reached where the product's own path for it is", () => {
    const s = { ...statement(form), anchors: { 'en-US': [{ href: form, text: 'request form' }] } };
    const path = '/partnership/benefits/createadvisoryhoursservicerequest';
    expect(checkLinks([s], 'en-US', at(path), '', withoutPcv).problems).toEqual([]);
    expect(checkLinks([s], 'en-US', at(path)).problems).toEqual([`the step does not reach /pcv${path} (${form})`]);
    expect(checkLinks([s], 'en-US', at('/partnership/benefits'), '', withoutPcv).problems).toEqual([
      `the step does not reach ${path} (${form})`,
    ]);
  });
});
