import { readdirSync, readFileSync } from 'node:fs';

/** Each process's parent, from /proc (Linux); empty elsewhere. */
function parents(): Map<number, number> {
  const parent = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return parent;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (2nd field) may hold spaces: the fields after its closing parenthesis are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while being read.
    }
  }
  return parent;
}

/**
 * A process's memory in bytes: its proportional set size (PSS: pages shared with other processes, as Chromium's
 * share theirs, counted in part), else its resident set size.
 */
function memoryOf(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const pss = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1];
    if (pss) return Number(pss) * 1024;
  } catch {
    // Not readable: fall back to the resident size.
  }
  try {
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return rss ? Number(rss) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The memory of a process and all its descendants (runner, workers, browsers, servers), in bytes. */
export function treeMemory(rootPid: number): number {
  const parent = parents();
  let total = 0;
  for (const pid of parent.keys()) {
    for (let p: number | undefined = pid; p && p > 1; p = parent.get(p)) {
      if (p === rootPid) {
        total += memoryOf(pid);
        break;
      }
    }
  }
  return total;
}

/** Samples treeMemory(pid) every `everyMs` until stopped; returns the highest seen. */
export function samplePeakMemory(pid: number, everyMs = 500): { stop: () => number } {
  let peak = treeMemory(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeMemory(pid))), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
