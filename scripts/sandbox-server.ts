import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HarnessConfig } from '../harness/settings/config';
import { portInUse, takenPortLine } from '../harness/settings/port-in-use';
import { servingLine } from '../harness/settings/sandbox-url';
import { scaled } from '../harness/settings/timeouts';

const serveScript = fileURLToPath(new URL('./sandbox-serve.ts', import.meta.url));

/** A port the settings name for a command's own sandbox, and how they name it, for a message. */
export interface NamedPort {
  port: number;
  /** E.g. `SANDBOX_PORT=4173 + 20 (the docs check's)`. */
  setting: string;
}

/** The settings name a port that cannot be served on: bad input, reported in one line (exit code 2). */
export class SandboxPortError extends Error {}

/**
 * The port of a command's own sandbox: SANDBOX_PORT plus the command's offset when it is set (so the suite, the
 * bench and the docs check started from one .env do not meet), else undefined: a free port.
 */
export function ownSandboxPort(config: HarnessConfig, offset: number, who: string): NamedPort | undefined {
  if (config.SANDBOX_PORT === undefined) return undefined;
  const setting = `SANDBOX_PORT=${config.SANDBOX_PORT} + ${offset} (${who})`;
  const port = config.SANDBOX_PORT + offset;
  if (port > 65535)
    throw new SandboxPortError(
      `${setting} is port ${port}, past 65535; name a lower SANDBOX_PORT, or leave it empty to serve on free ports`,
    );
  return { port, setting };
}

/** The error to refuse a named port with when another process holds it. */
async function takenPortError(named: NamedPort | undefined): Promise<SandboxPortError | undefined> {
  if (!named || !(await portInUse(named.port))) return undefined;
  return new SandboxPortError(takenPortLine(named.setting, named.port));
}

/**
 * For a command that loads much before it starts its sandbox: a named port already taken is bad input, answered in
 * one line with exit code 2 before the rest loads. startSandbox checks again: another process may take it meanwhile.
 */
export async function refuseTakenPort(name: string, named: () => NamedPort | undefined): Promise<void> {
  try {
    const taken = await takenPortError(named());
    if (taken) throw taken;
  } catch (error) {
    if (!(error instanceof SandboxPortError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(2);
  }
}

/**
 * Builds the sandbox and serves it on 127.0.0.1 until `stop()`, as the suite's webServer does (the same script,
 * scripts/sandbox-serve.ts): on the named port, else on a free one the server takes. Rejects when it does not
 * start (a failed build, the port taken) with the server's own reason, instead of talking to whatever already
 * answers on that port; a named port found taken rejects with a SandboxPortError naming the setting.
 */
export async function startSandbox(named?: NamedPort): Promise<{ url: string; stop: () => void }> {
  const taken = await takenPortError(named);
  if (taken) throw taken;
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', serveScript, ...(named ? ['--port', String(named.port)] : [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let stopped = false;
  const interrupted = () => {
    stop();
    process.exit(130);
  };
  const stop = () => {
    process.off('exit', stop).off('SIGINT', interrupted).off('SIGTERM', interrupted);
    if (stopped || !server.pid || server.exitCode !== null) return;
    stopped = true;
    // SIGTERM lets it close and release its build. It runs in its own process group: an interrupted run must not
    // leave it holding the port.
    process.kill(-server.pid, 'SIGTERM');
  };
  process.once('exit', stop).once('SIGINT', interrupted).once('SIGTERM', interrupted);

  const where = named ? `port ${named.port}` : 'a free port';
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Building the sandbox is what takes time; a slower machine takes longer (TIMEOUT_SCALE).
  const limit = scaled(60_000);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the sandbox did not start on ${where} within ${limit / 1000} s`));
    }, limit);
    let stdout = '';
    server.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = servingLine.exec(stdout)?.groups?.partner_harness_sandbox_url;
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, stop });
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      stop(); // Nothing left to stop: only this process's handlers go.
      // Its own message already names the port and the reason (sandbox:serve: could not serve on port …).
      reject(new Error(stderr.trim() || `sandbox:serve ended with exit code ${code} before serving on ${where}`));
    });
  });
}

/**
 * startSandbox for a command (`name`, e.g. docs:check): prints where the sandbox serves; a named port that cannot
 * be served on ends the command with one line and exit code 2, a sandbox that does not start with its reason and 1.
 */
export async function startSandboxOrExit(
  name: string,
  named: () => NamedPort | undefined,
): Promise<{ url: string; stop: () => void }> {
  try {
    const sandbox = await startSandbox(named());
    process.stdout.write(`${name}: the sandbox serves at ${sandbox.url}\n`);
    return sandbox;
  } catch (error) {
    process.stderr.write(
      `${error instanceof SandboxPortError ? `${name}: ` : ''}${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(error instanceof SandboxPortError ? 2 : 1);
  }
}
