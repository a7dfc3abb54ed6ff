// Not a spec of the suite (the suite collects *.spec.ts only): e2e-against.spec.ts runs this test through
// scripts/e2e-against.sh, as CI runs the suite against a deployment, and scans what its failure left behind.
import { expect, test } from '@playwright/test';
import { testCards } from '../../../flows/test-cards';
import { spaced } from '../../support/card-forms';

test("fails on purpose with a test card number in its step's error and an attachment", async ({}, testInfo) => {
  const typed = spaced(testCards.visa);
  await testInfo.attach('typed', { body: `the card field held ${typed}`, contentType: 'text/plain' });

  await test.step('types the card number', async () => {
    expect(typed, 'the card field').toBe(testCards.declined);
  });
});
