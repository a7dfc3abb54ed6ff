import { optionsSentToNpm } from '../../harness/options-sent-to-npm';

/** Playwright's options the profile passes on to `npm test`: each takes a value, after `=` or as the next word. */
const passedOn = ['project', 'grep', 'workers', 'repeat-each', 'shard'];

const usage = `(usage: npm run profile [-- --cold] ${passedOn.map((o) => `[--${o}=…]`).join(' ')})`;

/** A bad argument: one line, for the profile to print and exit 2 with before `npm test` runs. */
export class ProfileArgsError extends Error {}

/** Short forms of the options passed on, which take their value as the next word too (`-j 2`, `-g checkout`). */
const shortForms = ['-j', '-g'];

/**
 * The profile's command line: --cold, its own, and the arguments for `npm test` (the options above, test filters,
 * short options), which npm test reads as Playwright does and refuses in one line if they are wrong. Refused here: an
 * unknown long option, and a word that is the name of one of the profile's options (`cold`: the dashes forgotten,
 * which npm test would take as a test filter and profile a run of the wrong tests, or of none, for minutes); so is
 * an option of its own that npm took (`npm run profile --cold`).
 */
export function profileArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  entry: string | null = process.argv[1] ?? null,
): { cold: boolean; passOn: string[] } {
  const fail = (line: string): never => {
    throw new ProfileArgsError(`${line} ${usage}`);
  };
  const sent = optionsSentToNpm(['cold', ...passedOn], env, entry);
  if (sent) fail(sent);
  let cold = false;
  const passOn: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const option = /^--([\w-]+)(=?)/.exec(arg);
    if (arg === '--cold') cold = true;
    else if (option && passedOn.includes(option[1] ?? '')) {
      // The next word is its value (--grep checkout), as Playwright reads it.
      passOn.push(...(option[2] || i + 1 === args.length ? [arg] : [arg, args[++i] ?? '']));
    } else if (option) fail(`unknown option ${arg}`);
    else if (shortForms.includes(arg) && i + 1 < args.length) passOn.push(arg, args[++i] ?? '');
    else if (['cold', ...passedOn].includes(arg)) fail(`"${arg}" is not an option: did you mean --${arg}?`);
    else passOn.push(arg);
  }
  return { cold, passOn };
}
