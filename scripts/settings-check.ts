// npm test's check of its settings and command line (scripts/test.sh), before it clears the last run's reports: the
// suite's own config, loaded as `playwright test <args>` loads it, so a bad value ends this process with the same
// one line and exit 2 (harness/settings/settings.ts) while those reports are still there. Prints nothing otherwise.
import '../playwright.config';
