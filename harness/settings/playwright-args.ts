import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest, distance } from 'fastest-levenshtein';
import { selects } from './project-selection';

/** One option of `playwright test`, as its help lists it. */
export interface TestOption {
  long?: string;
  short?: string;
  /** What follows it: nothing, a value, a value that may be left out, or one value or more. */
  value: 'none' | 'required' | 'optional' | 'variadic';
  /** The value's name in the help (`<N>`, `<timeout>`); what it must be is read from it. */
  placeholder?: string;
  /** The values the help allows, when it lists them. */
  choices?: string[];
}

const HEAD = /^ {2}(?:-(\w), )?(--[\w-]+|-\w)(?: (<[^>]+>|\[[^\]]+\]))?(?: {2,}(.*))?$/;

/** The options `playwright test --help` lists: Playwright's own word on its command line, read as text. */
export function parseTestHelp(help: string): TestOption[] {
  const lines = help.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'Options:');
  const options: (TestOption & { text: string })[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    const head = HEAD.exec(line);
    if (!head) {
      const last = options.at(-1);
      if (last) last.text += ` ${line.trim()}`;
      continue;
    }
    const [, short, name = '', arg, text = ''] = head;
    const option: TestOption & { text: string } = { value: 'none', text };
    if (name.startsWith('--')) option.long = name;
    else option.short = name.slice(1);
    if (short) option.short = short;
    if (arg) {
      option.placeholder = arg.slice(1, -1).replace(/\.\.\.$/, '');
      option.value = arg.startsWith('[') ? 'optional' : arg.endsWith('...>') ? 'variadic' : 'required';
    }
    options.push(option);
  }
  return options.map(({ text, ...option }) => {
    // "(choices: "on", "off", preset: "on")": the choices end where the preset begins.
    const listed = /\(choices: ([^)]*?)(?:, preset: [^)]*)?\)/.exec(text)?.[1];
    return listed ? { ...option, choices: [...listed.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '') } : option;
  });
}

const require = createRequire(import.meta.url);

/**
 * The options of the installed Playwright's `test` command. Its help is read once per Playwright version (about
 * 0.8 s) and kept under node_modules/.cache, which an upgrade of Playwright replaces along with its version.
 */
export function installedTestOptions(): TestOption[] {
  const { version } = require('@playwright/test/package.json') as { version: string };
  const dir = fileURLToPath(new URL('../../node_modules/.cache/playwright-test-options', import.meta.url));
  const file = join(dir, `${version}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TestOption[];
  } catch {
    // Not read yet for this version (or an unreadable copy): read the help again.
  }
  const help = spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'test', '--help'], {
    encoding: 'utf8',
  });
  const options = parseTestHelp(help.stdout ?? '');
  if (help.status !== 0 || options.length === 0)
    throw new Error(`\`playwright test --help\` listed no options (exit ${help.status}): ${help.stderr}`);
  // Written whole or not at all: two runs starting at once each write their own copy and rename it in place.
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(options));
  renameSync(tmp, file);
  return options;
}

/** Placeholders whose value is a whole number (`--timeout <timeout>`, `--repeat-each <N>`, `--ui-port <port>`). */
const WHOLE_NUMBERS = new Set(['N', 'timeout', 'retries', 'port']);

function valueProblem(
  name: string,
  option: TestOption,
  value: string,
  projects: readonly string[],
): string | undefined {
  const got = JSON.stringify(value);
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
  if (option.long === '--project' && projects.length > 0 && !projects.some((p) => selects(value, p)))
    return `${name} ${got} names no project; the projects are ${projects.map((p) => JSON.stringify(p)).join(', ')}`;
  return undefined;
}

/**
 * What is wrong with `args` as the arguments of `playwright test` with this suite's `projects`, or undefined. Read
 * as Playwright's command line reads them (commander): `--name value` and `--name=value`, `-j 2` and `-j2`, a value
 * that may be left out taken only when the next argument is not an option, test filters anywhere. Values are held to
 * what Playwright accepts: listed choices, workers, a shard, whole numbers, projects that exist (`projects` empty: not
 * known, as with another config file).
 */
export function playwrightArgsProblem(
  args: readonly string[],
  options: readonly TestOption[],
  projects: readonly string[],
): string | undefined {
  const byLong = new Map(options.flatMap((o) => (o.long ? [[o.long, o] as const] : [])));
  const byShort = new Map(options.flatMap((o) => (o.short ? [[o.short, o] as const] : [])));
  const unknown = (arg: string) => {
    const near = arg.startsWith('--') && closest(arg, [...byLong.keys()]);
    const hint = near && distance(arg, near) <= 2 ? ` (did you mean ${near}?)` : '';
    return `${arg} is not an option of playwright test${hint}; \`npx playwright test --help\` lists them`;
  };
  const notOption = (arg: string | undefined): arg is string => arg !== undefined && !arg.startsWith('-');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') return undefined; // the rest are test filters
    if (!arg.startsWith('-') || arg === '-') continue; // a test filter
    let name: string;
    let option: TestOption | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg : arg.slice(0, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      option = byLong.get(name);
      if (!option) return unknown(name);
      if (option.value === 'none' && inline !== undefined) return `${name} takes no value, got ${JSON.stringify(arg)}`;
    } else {
      // Short options together (`-xj2`): each one with no value, up to one that takes the rest, or the next argument.
      let j = 1;
      for (; ; j++) {
        name = `-${arg[j]}`;
        option = byShort.get(arg[j] ?? '');
        if (!option) return unknown(name);
        if (option.value !== 'none' || j === arg.length - 1) break;
      }
      if (j < arg.length - 1) inline = arg.slice(j + 1);
    }
    const values: string[] = [];
    if (inline !== undefined) values.push(inline);
    else if (option.value === 'required' || option.value === 'variadic') {
      const next = args[i + 1];
      if (next === undefined) return `${name} needs a value (<${option.placeholder}>)`;
      values.push(next);
      i++;
    } else if (option.value === 'optional' && notOption(args[i + 1])) values.push(args[++i] ?? '');
    if (option.value === 'variadic') while (notOption(args[i + 1])) values.push(args[++i] ?? '');
    for (const value of values) {
      const problem = valueProblem(name, option, value, projects);
      if (problem) return problem;
    }
  }
  return undefined;
}
