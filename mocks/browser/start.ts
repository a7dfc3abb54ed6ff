// `npm start`: the sandbox with this backend running in the browser through MSW's service worker, so a person
// can click through every documented flow. Query parameters choose the account: ?scenario=subscriber&seed=42.
import { setupWorker } from 'msw/browser';
import { createHandlers } from '../handlers';
import { Store, scenarios, seedScenario, type Scenario } from '../store';

const query = new URLSearchParams(window.location.search);
const asked = query.get('scenario');
const scenario: Scenario = scenarios.find((s) => s === asked) ?? 'member-without-payment-method';
const seed = Number(query.get('seed') ?? Math.floor(Math.random() * 2 ** 31));
const store = seedScenario(new Store(seed), scenario);
console.info(`[mock backend] scenario=${scenario} seed=${seed} (add ?scenario=…&seed=… to the URL to choose)`);

await setupWorker(...createHandlers(store)).start({
  serviceWorker: { url: '/mockServiceWorker.js' },
  onUnhandledRequest: (request, print) => {
    if (new URL(request.url).pathname.startsWith('/api/')) print.error();
  },
});
await import('../../app/src/main');
