// `npm run sandbox:serve -- --port <n>`: builds the sandbox into a folder of its own and serves it on
// 127.0.0.1:<n> until SIGTERM or SIGINT. Never a leftover build (app/dist from an older commit or another
// run), never another server: a taken port or a failed build ends it with exit code 1, a bad option with 2.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';

const prefix = 'partner-center-sandbox-';
const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = join(root, 'vite.config.ts');

function fail(message: string, code: 1 | 2): never {
  process.stderr.write(`sandbox:serve: ${message}\n`);
  process.exit(code);
}

function portOption(): number {
  let port: string | undefined;
  try {
    port = parseArgs({ options: { port: { type: 'string' } } }).values.port;
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)} (usage: npm run sandbox:serve -- --port <1024-65535>)`, 2);
  }
  if (!port || !/^\d+$/.test(port) || Number(port) < 1024 || Number(port) > 65535)
    fail(`--port must be a port number from 1024 to 65535, got ${JSON.stringify(port ?? '')}`, 2);
  return Number(port);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Build folders of servers that were killed outright (SIGKILL) and could not remove their own. */
function removeOrphanedBuilds(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(/^partner-center-sandbox-(\d+)-/.exec(name)?.[1]);
    if (pid && !alive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

const port = portOption();
process.chdir(root);
removeOrphanedBuilds();
const outDir = mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`));
const removeBuild = () => rmSync(outDir, { recursive: true, force: true });
process.once('exit', removeBuild);

try {
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
} catch (error) {
  fail(`the sandbox did not build: ${error instanceof Error ? error.message : String(error)}`, 1);
}

let server: Awaited<ReturnType<typeof preview>>;
try {
  server = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true } });
} catch (error) {
  fail(`could not serve on port ${port}: ${error instanceof Error ? error.message : String(error)}`, 1);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
process.stdout.write(`sandbox: serving ${outDir} at http://127.0.0.1:${port}\n`);
