// The child run of failure-after-steps.spec.ts: failing-tests.fixture.ts against the sandbox the parent's run serves.
import { childRunConfig } from '../child-run-config';

export default childRunConfig({
  configUrl: import.meta.url,
  testMatch: 'failing-tests.fixture.ts',
  outVariable: 'FAILURE_OUT',
  spec: 'specs/harness/failure-after-steps.spec.ts',
});
