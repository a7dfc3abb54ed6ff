import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve } from 'node:path';
import type { TestOption } from './playwright-test-options';

/** A test filter's file part: Playwright reads `file:line[:column]` as a location, the rest of it as a pattern. */
export function parseLocation(filter: string): string {
  return /^(.*?):(\d+):?(\d+)?$/.exec(filter)?.[1] ?? filter;
}

/** What is wrong with `pattern` as Playwright reads a pattern (`/body/flags`, else case-blind), or undefined. */
export function patternProblem(what: string, pattern: string): string | undefined {
  const [, body, flags] = /^\/(.*)\/([gi]*)$/.exec(pattern) ?? [];
  try {
    new RegExp(body ?? pattern, body === undefined ? 'gi' : flags);
    return undefined;
  } catch (error) {
    return `${what} is not a regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * What is wrong with --output as the folder Playwright empties before every run (every file in it, recursively):
 * this checkout or a folder above it, or a folder of it that holds the sources.
 */
function outputProblem(name: string, dir: string, cwd: string): string | undefined {
  const allowed = `${name} names the folder Playwright empties before each run`;
  const up = relative(resolve(cwd, dir), cwd);
  if (!up.startsWith('..') && !isAbsolute(up)) return `${allowed}; ${JSON.stringify(dir)} is this checkout or above it`;
  const inside = relative(cwd, resolve(cwd, dir));
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  const tracked = spawnSync('git', ['ls-files', '--', inside], { cwd, encoding: 'utf8' }).stdout?.split('\n')[0];
  return tracked ? `${allowed}; ${JSON.stringify(dir)} holds this checkout's ${tracked}` : undefined;
}

const require = createRequire(import.meta.url);

/** Whether a reporter is one Playwright has, a file, or a module Node finds from here. */
function reporterFound(reporter: string, builtIn: readonly string[], cwd: string): boolean {
  if (builtIn.includes(reporter) || existsSync(resolve(cwd, reporter))) return true;
  try {
    require.resolve(reporter, { paths: [cwd] });
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a value that names a file, a folder or a module, or undefined. */
export function filesProblem(name: string, option: TestOption, value: string, cwd = process.cwd()): string | undefined {
  const got = JSON.stringify(value);
  if (option.long === '--grep' || option.long === '--grep-invert') return patternProblem(name, value);
  if (option.long === '--output') return outputProblem(name, value, cwd);
  if (option.long === '--reporter' || option.long === '--add-reporter') {
    const missing = value.split(',').find((r) => !reporterFound(r, option.named ?? [], cwd));
    if (missing !== undefined)
      return `${name} ${JSON.stringify(missing)} is neither a reporter of Playwright (${(option.named ?? []).join(', ')}) nor a file or module found here`;
  }
  // A config may be a folder with a config file in it; the other files are read as they are.
  const file = ['--config', '--tsconfig', '--test-list', '--test-list-invert'].includes(option.long ?? '');
  if (file && !existsSync(resolve(cwd, value))) return `${name} ${got}: no such file`;
  if (file && option.long !== '--config' && statSync(resolve(cwd, value)).isDirectory())
    return `${name} ${got} is a folder, not a file`;
  return undefined;
}
