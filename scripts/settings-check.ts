// The check of the settings and of Playwright's arguments before a run clears the last run's reports (npm test,
// npm run e2e and test:browser given arguments, e2e-against): the suite's own config, loaded as `playwright test <args>`
// loads it, so a bad setting ends this process with the same one line and exit 2 (harness/settings/settings.ts);
// then the arguments, read as Playwright reads them, so an unknown option or a bad value is one line and exit 2
// too, where Playwright would exit 1 (as a failed run does) after its own message or a stack trace. Prints nothing
// otherwise.
import suite from '../playwright.config';
import { installedTestOptions, playwrightArgsProblem } from '../harness/settings/playwright-args';

const args = process.argv.slice(2);
// No arguments: nothing to read (npm test, most runs), and no cost.
const options = args.length > 0 ? installedTestOptions() : undefined;
if (args.length > 0 && !options)
  process.stderr.write('settings: the arguments go to Playwright unread: `playwright test --help` could not be read\n');
const projects = (suite.projects ?? []).flatMap((p) => (p.name ? [p.name] : []));
const problem = options && playwrightArgsProblem(args, options, projects);
if (problem) {
  process.stderr.write(`Invalid Playwright argument: ${problem}\n`);
  process.exit(2);
}
