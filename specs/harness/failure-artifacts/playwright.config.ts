// The child run of failure-artifacts.spec.ts: failed-test.fixture.ts against the dev server the parent started,
// with traces and screenshots as the suite keeps them, and one retry and a blob report as CI has.
import { childRunConfig } from '../child-run-config';

export default childRunConfig({
  configUrl: import.meta.url,
  testMatch: 'failed-test.fixture.ts',
  outVariable: 'ARTIFACTS_OUT',
  spec: 'specs/harness/failure-artifacts.spec.ts',
  retries: 1,
  blob: true,
});
