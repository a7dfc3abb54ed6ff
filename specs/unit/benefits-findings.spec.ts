import { expect, test } from '@playwright/test';
import { statusShownAfterActivate } from '../../bindings/benefits/findings';
import type { FlowContext } from '../../flows/flow';

// The Go-To-Market rule reads the status the table shows once the product's Activate is answered. The flow's last
// press returns before the product's request reaches the backend, so the finding must wait for it.
test('the status after Activate is read once the backend has the activation, not before', async () => {
  const offer = { benefit: 'silver-core', type: 'campaign-in-a-box', requestedOn: '2026-03-15' };
  // The backend takes the request on the fourth look: the first three find no activated offer yet.
  const looks = [undefined, undefined, undefined, offer];
  let asked = 0;
  const store = { goToMarketOffers: { findBy: () => looks[Math.min(asked++, looks.length - 1)] } };
  const locator = { waitFor: () => Promise.resolve(), textContent: () => Promise.resolve(' Pending ') };
  const pages = { benefitsPage: { activateButton: () => locator, offerStatus: () => locator } };
  const context = { store, pages } as unknown as FlowContext;
  expect(await statusShownAfterActivate(context)).toBe('Pending');
  expect(asked).toBe(4);
});
