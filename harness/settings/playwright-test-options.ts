import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** The names the help says a value can be besides a path (the built-in reporters). */
  named?: string[];
}

const HEAD = /^ {2}(?:-(\w), )?(--[\w-]+|-\w)(?: (<[^>]+>|\[[^\]]+\]))?(?: {2,}(.*))?$/;

/** The options `playwright test --help` lists: Playwright's own word on its command line, read as text. */
export function parseTestHelp(help: string): TestOption[] {
  const lines = help.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'Options:');
  const options: (TestOption & { text: string })[] = [];
  for (const line of lines.slice(start + 1)) {
    // Options may come in groups under headings of their own: read on to the arguments or the examples.
    if (/^(Arguments|Examples)\b/.test(line)) break;
    const head = HEAD.exec(line);
    if (!head) {
      const last = options.at(-1);
      if (last && /^ {3,}\S/.test(line)) last.text += ` ${line.trim()}`;
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
    const quoted = (list: string) => [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
    const listed = /\(choices: ([^)]*?)(?:, preset: [^)]*)?\)/.exec(text)?.[1];
    if (listed) return { ...option, choices: quoted(listed) };
    // "can be "list", "line", … or a path to a reporter module"
    const named = /can be ((?:"[^"]+",? (?:or )?)+)/.exec(text)?.[1];
    return named ? { ...option, named: quoted(named) } : option;
  });
}

const require = createRequire(import.meta.url);

/** Read again when the way the help is read changes, whatever the version of Playwright. */
const READING = 2;

/**
 * The options of the installed Playwright's `test` command, or undefined when its help cannot be read (then the
 * arguments go to Playwright unread). The help is read once per Playwright version (about 0.8 s) and kept under
 * node_modules/.cache, which an upgrade of Playwright replaces along with its version; a copy that cannot be
 * written (node_modules read-only, the disk full) only means reading it again next time.
 */
export function installedTestOptions(): TestOption[] | undefined {
  // Once a process: npm test's check reads them, and so does the config it loads.
  read ??= { options: readInstalledTestOptions() };
  return read.options;
}
let read: { options: TestOption[] | undefined } | undefined;

function readInstalledTestOptions(): TestOption[] | undefined {
  const { version } = require('@playwright/test/package.json') as { version: string };
  const dir = fileURLToPath(new URL('../../node_modules/.cache/playwright-test-options', import.meta.url));
  const file = join(dir, `${version}-${READING}.json`);
  try {
    const kept: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(kept) && kept.length > 0) return kept as TestOption[];
  } catch {
    // Not read yet for this version: read the help.
  }
  const help = spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'test', '--help'], {
    encoding: 'utf8',
  });
  const options = parseTestHelp(help.stdout ?? '');
  if (help.status !== 0 || options.length === 0) return undefined;
  // Written whole or not at all, under a name no other writer uses (two containers may share node_modules and a pid).
  const tmp = `${file}.tmp-${process.pid}-${randomUUID()}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, JSON.stringify(options));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
  return options;
}

/** The long options of `playwright test` by name without dashes, as npm would take them for its own. */
export function playwrightOptionNames(): string[] {
  return (installedTestOptions() ?? []).flatMap((o) => (o.long ? [o.long.slice(2)] : []));
}
