import { optionsSentToNpm } from '../../harness/options-sent-to-npm';

/** Playwright's options the profile passes on to `npm test`: each takes a value, after `=` or as the next word. */
const passedOn = ['project', 'grep', 'workers', 'repeat-each', 'shard'];

const usage = `(usage: npm run profile [-- --cold] ${passedOn.map((o) => `[--${o}=…]`).join(' ')})`;

/** A bad argument: one line, for the profile to print and exit 2 with before `npm test` runs. */
export class ProfileArgsError extends Error {}

/**
 * The profile's command line: --cold, its own, and the options for `npm test`. Anything else is refused, a word
 * above all: `npm test` would take `cold` (the dashes forgotten) as a test filter and profile a run of the wrong
 * tests, or of none, for minutes. So is an option of its own that npm took (`npm run profile --cold`).
 */
export function profileArgs(args: readonly string[], env: NodeJS.ProcessEnv): { cold: boolean; passOn: string[] } {
  const fail = (line: string): never => {
    throw new ProfileArgsError(`${line} ${usage}`);
  };
  const sent = optionsSentToNpm(['cold', ...passedOn], env);
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
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else {
      const meant = ['cold', ...passedOn].includes(arg) ? `did you mean --${arg}?` : '--grep=… chooses the tests';
      fail(`"${arg}" is not an option, and the profile takes no test filter: ${meant}`);
    }
  }
  return { cold, passOn };
}
