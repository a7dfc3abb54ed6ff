import { closest, distance } from 'fastest-levenshtein';
import { selects } from './project-selection';
import { filesProblem, parseLocation, patternProblem } from './playwright-arg-values';
import type { TestOption } from './playwright-test-options';

/** Placeholders whose value is a whole number (`--timeout <timeout>`, `--repeat-each <N>`, `--ui-port <port>`). */
const WHOLE_NUMBERS = new Set(['N', 'timeout', 'retries', 'port']);

function valueProblem(name: string, option: TestOption, value: string): string | undefined {
  const got = JSON.stringify(value);
  const where = filesProblem(name, option, value);
  if (where) return where;
  if (option.choices && !option.choices.includes(value))
    return `${name} must be one of ${option.choices.map((c) => JSON.stringify(c)).join(', ')}, got ${got}`;
  if (option.long === '--workers' && !/^0*[1-9]\d*%?$/.test(value))
    return `${name} must be a number of workers from 1, or a percentage of the cores such as 50%, got ${got}`;
  if (option.long === '--shard') {
    const [, current, all] = /^(\d+)\/(\d+)$/.exec(value) ?? [];
    if (!current || !all || Number(current) < 1 || Number(current) > Number(all))
      return `${name} must be "current/all", 1-based, the current one no greater than all, e.g. 3/5, got ${got}`;
  }
  if (option.placeholder && WHOLE_NUMBERS.has(option.placeholder) && !/^\d+$/.test(value))
    return `${name} must be a whole number, got ${got}`;
  return undefined;
}

/**
 * As Playwright selects projects: a name must name one, and the names and patterns together must select one (a
 * pattern that selects nothing beside others that do is let be).
 */
function projectsProblem(named: readonly string[], projects: readonly string[]): string | undefined {
  const list = projects.map((p) => JSON.stringify(p)).join(', ');
  const missing = named.find((n) => !n.includes('*') && !projects.some((p) => selects(n, p)));
  if (missing !== undefined) return `--project ${JSON.stringify(missing)} names no project; the projects are ${list}`;
  if (named.length > 0 && !projects.some((p) => named.some((n) => selects(n, p))))
    return `--project ${named.map((n) => JSON.stringify(n)).join(' ')} selects no project; the projects are ${list}`;
  return undefined;
}

/** Playwright's arguments as read: what is wrong with them, else the options given and the test filters. */
export interface PlaywrightArgs {
  problem?: string;
  /** Each option given, by its long name (`-x`, which has none, by its short one). */
  given: ReadonlySet<string>;
  filters: readonly string[];
}

const BY_NAME = ['--grep', '--grep-invert', '--test-list', '--test-list-invert'];

/**
 * What in the arguments chooses tests by name (test filters, --grep, a test list), which a slip makes choose none;
 * nothing with a shard, last run's failures or changed files, where none may be right, nor with the UI.
 */
export function chosenByName(read: PlaywrightArgs): string[] {
  const elsewhere = ['--shard', '--last-failed', '--only-changed', '--ui', '--pass-with-no-tests'];
  if (elsewhere.some((o) => read.given.has(o))) return [];
  return [...read.filters.map((f) => JSON.stringify(f)), ...BY_NAME.filter((o) => read.given.has(o))];
}

/** An argument commander reads as a value or a test filter, not an option: no option of `playwright test` is a digit. */
const notOption = (arg: string | undefined): boolean =>
  arg !== undefined && (!arg.startsWith('-') || arg === '-' || /^-\d*\.?\d+$/.test(arg));

/**
 * `args` read as the arguments of `playwright test` with this suite's `projects`, with what is wrong with them. Read
 * as Playwright's command line reads them (commander): `--name value` and `--name=value`, `-j 2` and `-j2`, a value
 * that may be left out taken only when the next argument is not an option, `--project a b` but `--project=a b` (b a
 * test filter), test filters anywhere. Values are held to what Playwright accepts: listed choices, workers, a shard,
 * projects that exist (not checked with another config file, `-c`, whose projects are its own); and stricter than
 * Playwright, whole numbers where it reads a number (it reads `--timeout=abc` as no timeout at all).
 */
export function readPlaywrightArgs(
  args: readonly string[],
  options: readonly TestOption[],
  projects: readonly string[],
): PlaywrightArgs {
  const problem = (said: string): PlaywrightArgs => ({ problem: said, given: new Set(), filters: [] });
  const byLong = new Map(options.flatMap((o) => (o.long ? [[o.long, o] as const] : [])));
  const byShort = new Map(options.flatMap((o) => (o.short ? [[o.short, o] as const] : [])));
  const unknown = (arg: string) => {
    const near = arg.startsWith('--') && closest(arg, [...byLong.keys()]);
    const hint = near && distance(arg, near) <= 2 ? ` (did you mean ${near}?)` : '';
    return `${arg} is not an option of playwright test${hint}; \`npx playwright test --help\` lists them`;
  };
  const named: string[] = [];
  let otherConfig = false;
  const given = new Map<TestOption, string>();
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      filters.push(...args.slice(i + 1));
      break;
    }
    if (notOption(arg)) {
      filters.push(arg);
      continue;
    }
    let name: string;
    let option: TestOption | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg : arg.slice(0, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      option = byLong.get(name);
      if (!option) return problem(unknown(name));
      if (option.value === 'none' && inline !== undefined)
        return problem(`${name} takes no value, got ${JSON.stringify(arg)}`);
    } else {
      // Short options together (`-xj2`): each one with no value, up to one that takes the rest, or the next argument.
      let j = 1;
      for (; ; j++) {
        name = `-${arg[j]}`;
        option = byShort.get(arg[j] ?? '');
        if (!option) return problem(unknown(name));
        if (option.value !== 'none' || j === arg.length - 1) break;
      }
      if (j < arg.length - 1) inline = arg.slice(j + 1);
    }
    const values: string[] = [];
    if (inline !== undefined) values.push(inline);
    else if (option.value === 'required' || option.value === 'variadic') {
      const next = args[i + 1];
      if (next === undefined) return problem(`${name} needs a value (<${option.placeholder}>)`);
      values.push(next);
      i++;
      // `--project a b`: the names run to the next option; `--project=a b` takes one.
      if (option.value === 'variadic') while (notOption(args[i + 1])) values.push(args[++i] ?? '');
    } else if (option.value === 'optional' && notOption(args[i + 1])) values.push(args[++i] ?? '');
    // Playwright keeps the last of an option given twice: the first one would be dropped without a word.
    const before = given.get(option);
    if (before !== undefined && option.value !== 'variadic')
      return problem(`${name} is given twice (${before} and ${values.join(' ') || name}): give it once`);
    given.set(option, values.join(' ') || name);
    if (option.long === '--config') otherConfig = true;
    if (option.long === '--browser' && projects.length > 0)
      return problem(`${name} cannot be used: the suite's config defines its projects (name one with --project)`);
    if (option.long === '--project') named.push(...values);
    for (const value of values) {
      const said = valueProblem(name, option, value);
      if (said) return problem(said);
    }
  }
  for (const filter of filters) {
    const said = patternProblem(`the test filter ${JSON.stringify(filter)}`, parseLocation(filter));
    if (said) return problem(said);
  }
  const said = otherConfig || projects.length === 0 ? undefined : projectsProblem(named, projects);
  if (said) return problem(said);
  const names = new Set([...given.keys()].map((o) => o.long ?? `-${o.short}`));
  return { given: names, filters };
}
