// A port for a server that must be told its port before it starts (a named SANDBOX_PORT in a spec, e2e-against.sh's
// free-port). A port the system found free and then released is in its ephemeral range, which it hands out again to
// any listener on port 0 and any outgoing connection: in the seconds a build takes, another process may be given it.
// A spare port lies outside that range, is free, and is claimed, so two of these callers at once never share one.
// Run as a command, prints the port and its claim file ("<port> <file>"); the caller removes the file when done.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { portInUse } from '../harness/settings/port-in-use';

export interface PortRange {
  low: number;
  high: number;
}

/** Registered ports below Linux's usual ephemeral range (32768 up): not the well-known ones services listen on. */
export const sparePool: PortRange = { low: 20_000, high: 32_000 };

/** IANA's ephemeral range, which macOS and Windows use, for a system that does not say. */
const ianaEphemeral: PortRange = { low: 49_152, high: 65_535 };

/** The range the kernel assigns ports from by itself: Linux says in /proc; elsewhere IANA's. */
export function ephemeralRange(
  read: () => string = () => readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8'),
): PortRange {
  let text: string;
  try {
    text = read();
  } catch {
    return ianaEphemeral;
  }
  const [low, high] = text.trim().split(/\s+/).map(Number);
  if (low === undefined || high === undefined || !Number.isInteger(low) || !Number.isInteger(high))
    throw new Error(`ip_local_port_range: not a range: "${text}"`);
  return { low, high };
}

/** The pool's ports outside the ephemeral range, lowest first. */
export function sparePorts(ephemeral: PortRange, pool: PortRange = sparePool): number[] {
  const ports: number[] = [];
  for (let port = pool.low; port <= pool.high; port++)
    if (port < ephemeral.low || port > ephemeral.high) ports.push(port);
  return ports;
}

/** One file per claimed port, shared by every checkout and run on this machine. */
const claims = join(tmpdir(), 'partner-harness-ports');

export interface SparePort {
  port: number;
  /** The claim: while it exists, no other caller is given the port. */
  claim: string;
  release: () => void;
}

/**
 * Claims the first spare port that no other caller has claimed and no process listens on. Creating the claim file
 * is atomic, so of two callers at once one gets the port and the other goes on to the next. A claim left by a process
 * that died keeps its port out of use until the temporary folder is cleared: one port of thousands, never a shared one.
 */
export async function claimSparePort(ephemeral: PortRange = ephemeralRange()): Promise<SparePort> {
  mkdirSync(claims, { recursive: true });
  // A kernel tuned to hand out the whole pool (1024-65535, say) leaves only what lies outside its range.
  const pool = sparePorts(ephemeral);
  for (const port of pool.length > 0 ? pool : sparePorts(ephemeral, { low: 1024, high: 65_535 })) {
    const claim = join(claims, String(port));
    try {
      closeSync(openSync(claim, 'wx'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    const release = () => rmSync(claim, { force: true });
    if (!(await portInUse(port))) return { port, claim, release };
    release();
  }
  throw new Error(
    `no spare port: every port from ${sparePool.low} to ${sparePool.high} is claimed, in use, or in the ephemeral range ` +
      `(${ephemeral.low}-${ephemeral.high})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const { port, claim } = await claimSparePort();
    process.stdout.write(`${port} ${claim}\n`);
  } catch (error) {
    // One line for the script that asked: it names what it was doing.
    process.stderr.write(`spare-port: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
