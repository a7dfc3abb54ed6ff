import type { Product } from '../binding';
import { pinnedStatements, writePins } from '../read/pins';
import type { ReadPage } from './check-set';
import type { ProductTarget } from './product-target';

export interface ConfirmOptions {
  /** `--confirm`'s line numbers as given. */
  lines: readonly string[] | undefined;
  /** `--confirm-all`: every sentence of the page. */
  all: boolean;
  force: boolean;
  seed: number;
  product: Product;
  /** Starts what the check drives, runs `body` against it, and stops it (checker/cli/product-target.ts). */
  withProduct: <T>(body: (target: ProductTarget) => Promise<T>) => Promise<T>;
  /** Prints one line and the usage, and exits 2. */
  usage: (message: string) => never;
}

/**
 * Re-confirms one page's sentences (`--confirm <line>`, `--confirm-all`): 0 confirmed, 1 refused, because the
 * product still enforces a rule a sentence no longer states or contradicts, or does otherwise than a rule a new
 * wording states (checker/read/confirm-checked.ts).
 */
export async function confirmPage(
  { file, doc, binding, rules, pins, pinsFile }: ReadPage,
  o: ConfirmOptions,
): Promise<0 | 1> {
  const lines = o.lines?.map((l) =>
    /^\d+$/.test(l) ? Number(l) : o.usage(`--confirm takes a line number of ${doc.file}, got "${l}"`),
  );
  const pinnedLines = new Set(doc.locales.flatMap((l) => pinnedStatements(doc, l, rules).map((s) => s.line)));
  const unknown = lines?.filter((l) => !pinnedLines.has(l)) ?? [];
  if (unknown.length)
    o.usage(
      `${doc.file}:${unknown[0]}: no normative sentence on that line; lines with one: ${[...pinnedLines].sort((a, b) => a - b).join(', ')}`,
    );
  const { confirmChecked } = await import('../read/confirm-checked');
  const outcome = await confirmChecked(doc, pins, o.all ? undefined : lines, {
    force: o.force,
    rules,
    check: async (stakes) => {
      console.log(
        `docs:check: checking the product before confirming: ${stakes
          .map(
            (s) =>
              `${s.locale} line ${s.line} ${s.kind === 'contradicts' ? 'contradicts' : s.kind === 'states' ? 'states' : 'no longer states'} ${s.id}`,
          )
          .join('; ')}`,
      );
      const { runCheck } = await import('../run');
      return o.withProduct(({ browser, baseURL, today }) =>
        runCheck({
          doc,
          locales: [...new Set(stakes.map((s) => s.locale))],
          browser,
          baseURL,
          today,
          seed: o.seed,
          pins,
          binding,
          product: o.product,
        }),
      );
    },
  });
  if (!('pins' in outcome)) {
    for (const line of outcome.refused) process.stderr.write(`docs:check: ${line}\n`);
    process.stderr.write(
      `docs:check: nothing confirmed in ${file}; bring the page in line with the product, or confirm on purpose with --force\n`,
    );
    return 1;
  }
  writePins(pinsFile, outcome.pins);
  console.log(
    `docs:check: confirmed ${outcome.confirmed} sentence(s) of ${doc.file} in ${doc.locales.join(', ')}; pins in ${pinsFile}`,
  );
  return 0;
}
