// `npm run sandbox:serve [-- --port <n>]`: serves the sandbox built from the sources as they are now on
// 127.0.0.1:<n>, or on a free port without --port, until SIGTERM or SIGINT, and prints where
// (`sandbox: serving <build> at <url>`). The build is reused when one of exactly these sources exists (a content
// hash of them, scripts/sandbox-build.ts), else made; never app/dist, which may be from an older commit. Never
// another server: a named port that is taken, or a bad option, ends it with exit code 2; a failed build with 1.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from '../harness/command-options';
import { portInUse } from '../harness/settings/port-in-use';
import { servingMessage } from '../harness/settings/sandbox-url';
import { mark } from './profile/marks';
import { holdBuild, upToDateBuild } from './sandbox-build';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = join(root, 'vite.config.ts');
const usage = 'usage: npm run sandbox:serve -- [--port <1024-65535, default a free port>]';

function fail(message: string, code: 1 | 2): never {
  process.stderr.write(`sandbox:serve: ${message}\n`);
  process.exit(code);
}

/** The port named with --port, or 0: the system's choice of a free one. */
function portOption(): number {
  let port: string | undefined;
  try {
    port = parseOptions({ options: { port: { type: 'string' } } }).values.port;
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)} (${usage})`, 2);
  }
  if (port === undefined) return 0;
  if (!/^\d+$/.test(port) || Number(port) < 1024 || Number(port) > 65535)
    fail(`--port must be a port number from 1024 to 65535, got ${JSON.stringify(port)} (${usage})`, 2);
  return Number(port);
}

const port = portOption();
if (port !== 0 && (await portInUse(port)))
  fail(
    `--port ${port}: port ${port} of 127.0.0.1 is already in use; ` +
      'name a free port, or leave --port out (the suite: SANDBOX_PORT empty) to serve on any free port',
    2,
  );
process.chdir(root);
// Loaded once the options are good: a refused option answers before vite is read.
const { build, preview } = await import('vite');

mark('sandbox-build');
let outDir: string;
try {
  const built = await upToDateBuild(root, (dir) =>
    build({ configFile, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } }).then(() => undefined),
  );
  outDir = built.dir;
  if (built.reused) mark('sandbox-reused');
} catch (error) {
  fail(`the sandbox did not build: ${error instanceof Error ? error.message : String(error)}`, 1);
}
holdBuild(outDir);
mark('sandbox-built');
let server: Awaited<ReturnType<typeof preview>>;
try {
  // strictPort: a named port taken since it was checked is an error, never another port.
  server = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true } });
} catch (error) {
  fail(
    `could not serve on ${port ? `port ${port}` : 'a free port'}: ${error instanceof Error ? error.message : String(error)}`,
    1,
  );
}
const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!url) fail('vite gave no local address for the server', 1);

for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
mark('sandbox-listening');
process.stdout.write(`${servingMessage(outDir, url)}\n`);
