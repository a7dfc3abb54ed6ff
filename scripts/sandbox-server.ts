import { spawn, spawnSync } from 'node:child_process';

/** Builds the sandbox and serves it on 127.0.0.1:`port` until `stop()`, as the suite's webServer does. */
export async function startSandbox(port: number): Promise<{ url: string; stop: () => void }> {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('the sandbox did not build (npx vite build)');
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = () => {
    if (stopped || !server.pid) return;
    stopped = true;
    process.kill(-server.pid);
  };
  // The server runs in its own process group; an interrupted run must not leave it holding the port.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  for (let i = 0; i < 150; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`the sandbox did not answer on ${url}`);
}
