import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A --doc that names no page: one line naming the option and the path. */
export class DocSetError extends Error {}

// A folder's pages are its markdown files; names in capitals (NOTICE.md, README.md) are the folder's own notes.
const isPage = (name: string) => /\.md$/i.test(name) && !/^[A-Z0-9_-]+\.md$/.test(name);

/** The pages the --doc values name, in their order: a file is one page, a folder its pages by name; once each. */
export function docSetOf(docs: readonly string[]): string[] {
  const pages: string[] = [];
  for (const doc of docs) {
    const stat = statSync(doc, { throwIfNoEntry: false });
    if (!stat) throw new DocSetError(`--doc ${doc}: no such file or folder`);
    if (!stat.isDirectory()) {
      pages.push(doc);
      continue;
    }
    const found = readdirSync(doc, { withFileTypes: true })
      .filter((e) => e.isFile() && isPage(e.name))
      .map((e) => join(doc, e.name))
      .sort();
    if (found.length === 0) throw new DocSetError(`--doc ${doc}: the folder holds no page (.md)`);
    pages.push(...found);
  }
  return [...new Set(pages)];
}

/** Where a page's reports go in a set's --out: a folder named after the page, so pages never overwrite one another. */
export const pageOutDir = (out: string, page: string) => join(out, basename(page).replace(/\.md$/i, ''));
