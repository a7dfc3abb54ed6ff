import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scaled } from '../fixtures/timeouts';

const serveScript = fileURLToPath(new URL('./sandbox-serve.ts', import.meta.url));

/**
 * Builds the sandbox and serves it on 127.0.0.1:`port` until `stop()`, as the suite's webServer does (the same
 * script, scripts/sandbox-serve.ts). Rejects when it does not start (a failed build, the port taken) with the
 * server's own reason, instead of talking to whatever already answers on that port.
 */
export async function startSandbox(port: number): Promise<{ url: string; stop: () => void }> {
  const server = spawn(process.execPath, ['--import', 'tsx', serveScript, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stopped = false;
  const stop = () => {
    if (stopped || !server.pid || server.exitCode !== null) return;
    stopped = true;
    // SIGTERM lets it remove its build folder. It runs in its own process group: an interrupted run must not
    // leave it holding the port.
    process.kill(-server.pid, 'SIGTERM');
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stop();
      process.exit(130);
    });

  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Building the sandbox is what takes time; a slower machine takes longer (TIMEOUT_SCALE).
  const limit = scaled(60_000);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the sandbox did not start on port ${port} within ${limit / 1000} s`));
    }, limit);
    let stdout = '';
    server.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /^sandbox: serving .* at (http:\S+)$/m.exec(stdout)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, stop });
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      // Its own message already names the port and the reason (sandbox:serve: could not serve on port …).
      reject(new Error(stderr.trim() || `sandbox:serve ended with exit code ${code} before serving on port ${port}`));
    });
  });
}

/** startSandbox for a command: a sandbox that does not start ends the command with its reason and exit code 1. */
export async function startSandboxOrExit(port: number): Promise<{ url: string; stop: () => void }> {
  try {
    return await startSandbox(port);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
