import { relative } from 'node:path';
import { quote } from 'shell-quote';

/**
 * Names npm has settings of its own by (`npm config ls -l`), which a command's options share: npm reads
 * `--force` or `--json` given without `--` as its own, and a `force=true` in ~/.npmrc is exported the same way, so
 * their variables say nothing of the command line. `help` and `quiet` are npm's own options.
 */
const NPM_OWN = new Set(['all', 'browser', 'dry-run', 'force', 'help', 'json', 'only', 'quiet']);

/**
 * The command's own options that `npm run <script> --<option>` (the `--` forgotten) gave to npm instead, as one line
 * saying where they belong; undefined when none did. npm 11 runs the script anyway, without them, after a warning
 * among its own lines, and exports each as npm_config_<name> (lower case, dashes as underscores), as it exports its
 * own settings (npm_config_cache, npm_config_user_agent…): so only the command's `names` are looked up, never npm's
 * own, and only when npm started this very command: `entry`, the command's file, is the one npm's script names
 * (a command started inside another script's run, a spec's child, inherits that run's variables). `entry` null: the
 * caller knows npm started it (Playwright's config, under the `npx playwright` of a script). An empty value is npm's
 * false (`--no-fresh`, npm_config_yes=): no option a command reads.
 */
export function optionsSentToNpm(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
  entry: string | null = process.argv[1] ?? null,
): string | undefined {
  const script = env.npm_lifecycle_event;
  if (!script) return undefined;
  if (entry !== null && !env.npm_lifecycle_script?.includes(relative(process.cwd(), entry))) return undefined;
  const sent = names.flatMap((name) => {
    const value = NPM_OWN.has(name) ? undefined : env[`npm_config_${name.toLowerCase().replaceAll('-', '_')}`];
    if (!value) return [];
    // npm's true is a flag given alone, or an option whose value followed as a word: that word reached the command.
    return [value === 'true' ? `--${name}` : `--${name}=${quote([value])}`];
  });
  if (sent.length === 0) return undefined;
  const given = sent.join(' ');
  // Under npx (a script's `npx playwright test`), npm names the event npx: the script's own name is not known.
  const run = env.npm_command === 'exec' ? 'npm run <script>' : `npm run ${script}`;
  return `${given} went to npm, not to the command: put ${sent.length > 1 ? 'them' : 'it'} after --, as in ${run} -- ${given}`;
}
