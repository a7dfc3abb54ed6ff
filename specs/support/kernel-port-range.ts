import { readFileSync } from 'node:fs';

/**
 * The range Linux assigns ports from by itself (port-0 listeners, outgoing connections), read straight from the
 * kernel: a spec checks a spare port against it without going through the code that chose the port.
 */
export function kernelPortRange(): { low: number; high: number } {
  const text = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8');
  const [low = NaN, high = NaN] = text.trim().split(/\s+/).map(Number);
  return { low, high };
}

/** Whether the kernel could hand `port` to another process by itself. */
export const inKernelRange = (port: number, { low, high } = kernelPortRange()) => port >= low && port <= high;
