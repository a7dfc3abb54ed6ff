// The child run of network-guard.spec.ts: stray-requests.fixture.ts against the parent's target.
import { childRunConfig } from '../child-run-config';

export default childRunConfig({
  configUrl: import.meta.url,
  testMatch: 'stray-requests.fixture.ts',
  outVariable: 'GUARD_OUT',
  spec: 'specs/harness/network-guard.spec.ts',
  // These tests fail by design: no trace, screenshot or video of them is worth the time.
  use: { trace: 'off', screenshot: 'off', video: 'off' },
});
