import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FlowDefinition } from '../../flows/flow';
import type { Product } from '../binding';
import { coverageOf, type Coverage } from '../coverage/coverage';
import { flowMethods, indexSpecs, suiteSpecs } from '../coverage/spec-index';
import type { CheckResult } from '../model';
import type { DocPage } from '../parser';
import { pagePatch, type PagePatch } from '../patch/patch';
import { catalogTranslator } from '../patch/fixes';
import { writeWhole } from '../write-whole';
import { toHtml } from './html';
import { toJunit } from './junit';
import { toMarkdown } from './markdown';
import { pageLinks, type PageLinks } from './page-links';

/** The page checked, the flows that perform its procedures (its binding's), and the product's labels. */
export interface CheckedPage {
  doc: DocPage;
  flows: readonly FlowDefinition[];
  product: Product;
}

/** The page's patch, when the page's file is there to read. */
export function patchFor(result: CheckResult, doc: DocPage, product: Product): PagePatch | undefined {
  if (!existsSync(doc.file)) return undefined;
  const catalogs = Object.fromEntries(product.locales().map((l) => [l, product.labels(l)]));
  return pagePatch(readFileSync(doc.file, 'utf8'), doc, result, catalogTranslator(catalogs), pageLinks(doc.file).path);
}

/** Each documented step and rule of the page: what verified it, and which tests of the suite drive it. */
export function coverageFor(result: CheckResult, doc: DocPage, flows: readonly FlowDefinition[]): Coverage {
  return coverageOf(result, doc, flows, indexSpecs(suiteSpecs(), flowMethods(flows)));
}

/**
 * docs-drift.{json,md,html}; with the page, also docs-coverage.json and docs-drift.patch when there is something
 * to change (an older one is removed, so a patch in the folder is always this run's).
 */
export function writeReports(result: CheckResult, outDir: string, page?: CheckedPage): { patch?: PagePatch; coverage?: Coverage; links?: PageLinks } {
  mkdirSync(outDir, { recursive: true });
  const doc = page?.doc;
  const patch = page ? patchFor(result, page.doc, page.product) : undefined;
  const coverage = page ? coverageFor(result, page.doc, page.flows) : undefined;
  const links = doc ? pageLinks(doc.file) : undefined;
  writeWhole(join(outDir, 'docs-drift.json'), `${JSON.stringify(result, null, 2)}\n`);
  const patchFile = join(outDir, 'docs-drift.patch');
  writeWhole(join(outDir, 'docs-drift.md'), toMarkdown(result, patch, coverage, relative(process.cwd(), patchFile)));
  if (coverage) writeWhole(join(outDir, 'docs-coverage.json'), `${JSON.stringify(coverage, null, 2)}\n`);
  writeWhole(join(outDir, 'docs-drift.junit.xml'), toJunit(result));
  writeWhole(join(outDir, 'docs-drift.html'), toHtml(result, { ...(patch && { patch }), ...(coverage && { coverage }), ...(links && { links }) }));
  if (patch?.diff) writeWhole(patchFile, patch.diff);
  else rmSync(patchFile, { force: true });
  return { ...(patch && { patch }), ...(coverage && { coverage }), ...(links && { links }) };
}
