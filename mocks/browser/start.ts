// `npm start`: the sandbox with this backend running in the browser through MSW's service worker, so a person
// can click through every documented flow. Query parameters choose the account: ?scenario=subscriber&seed=42.
import { setupWorker } from 'msw/browser';
import { createHandlers } from '../handlers';
import { Store, scenarios, seedScenario, type Scenario } from '../store';

/**
 * Starts the mocked backend in a service worker; false when this browser has none or refuses one (a test
 * harness blocks service workers so that its own mocked backend sees every request). Then the app runs without
 * it and its requests go to the network, where the harness answers them.
 */
async function startWorker(): Promise<boolean> {
  // Without service workers MSW would patch fetch in the page instead, hiding the requests from the harness.
  if (!('serviceWorker' in navigator)) {
    console.info('[mock backend] this browser has no service workers: the app runs without the mocked backend');
    return false;
  }
  const query = new URLSearchParams(window.location.search);
  const asked = query.get('scenario');
  const scenario: Scenario = scenarios.find((s) => s === asked) ?? 'member-without-payment-method';
  const seed = Number(query.get('seed') ?? Math.floor(Math.random() * 2 ** 31));
  const store = seedScenario(new Store(seed), scenario);
  const worker = setupWorker(...createHandlers(store));
  try {
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).pathname.startsWith('/api/')) print.error();
      },
    });
  } catch (error) {
    // start() enabled MSW's in-page WebSocket interception before the registration failed: undo it.
    worker.stop();
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.info(`[mock backend] the service worker did not start (${why}): the app runs without the mocked backend`);
    return false;
  }
  console.info(`[mock backend] scenario=${scenario} seed=${seed} (add ?scenario=…&seed=… to the URL to choose)`);
  return true;
}

await startWorker();
await import('../../app/src/main');
