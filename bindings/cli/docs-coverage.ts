// npm run docs:coverage: the engine's command line (checker/cli/coverage.ts), given this project's page bindings.
import { docsCoverage } from '../../checker/cli/coverage';

await docsCoverage({ wiring: () => import('../index') });
