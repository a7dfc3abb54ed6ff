// `npm run sandbox:serve -- --port <n>`: serves the sandbox built from the sources as they are now on
// 127.0.0.1:<n> until SIGTERM or SIGINT. The build is reused when one of exactly these sources exists (a content
// hash of them, scripts/sandbox-build.ts), else made; never app/dist, which may be from an older commit. Never
// another server: a taken port or a failed build ends it with exit code 1, a bad option with 2.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { mark } from './profile/marks';
import { upToDateBuild } from './sandbox-build';

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

const port = portOption();
process.chdir(root);

mark('sandbox-build');
let outDir: string;
try {
  const built = await upToDateBuild(root, (dir) => build({ configFile, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } }).then(() => undefined));
  outDir = built.dir;
  if (built.reused) mark('sandbox-reused');
} catch (error) {
  fail(`the sandbox did not build: ${error instanceof Error ? error.message : String(error)}`, 1);
}
mark('sandbox-built');
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
mark('sandbox-listening');
process.stdout.write(`sandbox: serving ${outDir} at http://127.0.0.1:${port}\n`);
