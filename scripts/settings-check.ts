// The check of the settings and of Playwright's arguments before a run clears the last run's reports (npm test,
// npm run e2e and test:browser given arguments, e2e-against): the suite's own config, loaded as `playwright test <args>`
// loads it, so a bad setting ends this process with the same one line and exit 2 (harness/settings/settings.ts);
// then the arguments, read as Playwright reads them, so an unknown option or a bad value is one line and exit 2
// too, where Playwright would exit 1 (as a failed run does) after its own message or a stack trace. Prints nothing
// otherwise.
import suite from '../playwright.config';
import { chosenByName, readPlaywrightArgs } from '../harness/settings/playwright-args';
import { installedTestOptions } from '../harness/settings/playwright-test-options';
import { listedTests } from '../harness/settings/selected-tests';

function refuse(problem: string): never {
  process.stderr.write(`Invalid Playwright argument: ${problem}\n`);
  process.exit(2);
}
const args = process.argv.slice(2);
// No arguments: nothing to read (npm test, most runs), and no cost.
const options = args.length > 0 ? installedTestOptions() : undefined;
if (args.length > 0 && !options)
  process.stderr.write('settings: the arguments go to Playwright unread: `playwright test --help` could not be read\n');
const projects = (suite.projects ?? []).flatMap((p) => (p.name ? [p.name] : []));
const read = options && readPlaywrightArgs(args, options, projects);
if (read?.problem) refuse(read.problem);
// Tests chosen by name that a slip leaves none of: Playwright would end with "No tests found", exit 1, having
// replaced the last run's reports with an empty one. Listing them costs about 2 s, only in such runs.
const byName = read ? chosenByName(read) : [];
if (byName.length > 0 && listedTests(args) === 0)
  refuse(
    `${byName.join(', ')} chose no test of the projects run; \`npx playwright test --list\` with the same arguments lists what they choose`,
  );
