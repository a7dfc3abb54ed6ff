import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A writer's second run: the command itself, start to exit, after a run that saved the product's records (the
// first of each series saves them, or finds them saved). A run that drove any procedure again instead of reading
// it back (fewer records read back than the floor's procedure runs) is no such figure.
export function docsCheckAgain(root: string, args: string[], procedures: number, runs: number): number[] {
  const once = () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-docs-again-'));
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'bindings/cli/docs-check.ts'), ...args, '--out', out],
      { cwd: root, encoding: 'utf8' },
    );
    const ms = performance.now() - started;
    rmSync(out, { recursive: true, force: true });
    if (run.status !== 0)
      throw new Error(`docs:check ${args.join(' ')} exited ${run.status}: ${run.stderr.trim().split('\n').at(-1)}`);
    return { ms, readBack: Number(/(\d+) of the product's records read back/.exec(run.stdout)?.[1] ?? 0) };
  };
  once();
  return Array.from({ length: runs }, () => {
    const { ms, readBack } = once();
    if (readBack < procedures)
      throw new Error(
        `docs:check ${args.join(' ')} run again read back ${readBack} records, not all ${procedures} procedure runs`,
      );
    return ms;
  });
}
