import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LinkResult } from '../model';
import type { DocPage } from '../parser';

// A path written with escapes (`my%20page.md`) names the file unescaped; one that is no valid escape is read as written.
const decoded = (path: string) => {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
};

/** A link to another page of the documentation set: a relative `.md` path, with or without `#anchor`. */
export const isPageLink = (href: string) => !/^[a-z][\w+.-]*:/i.test(href) && /^[^#/][^#]*\.md(#.*)?$/i.test(href);

/** The anchors a page's headings carry (`## <a name="…"></a>Title`), read from its text: a page the parser rejects has them too. */
export function headingAnchors(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => /^#{1,6}\s/.test(l))
    .flatMap((l) => [...l.matchAll(/<a\s+name="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/**
 * The file a page link leads to beside `from`. A set vendored in one language names its pages with the locale
 * (`page.ko-kr.md`) while its links name the source (`page.md`): the linking page's own suffix is tried first.
 */
export function linkedFile(from: string, path: string): string | undefined {
  const target = join(dirname(from), path);
  const suffix = /(\.[a-z]{2,3}-[a-z]{2,4})\.md$/i.exec(basename(from))?.[1];
  const candidates = suffix ? [target.replace(/\.md$/i, `${suffix}.md`), target] : [target];
  return candidates.find((f) => existsSync(f));
}

/**
 * Each link of the page to another page of its set, once per line and target: ok when the page is vendored beside
 * it and has the anchor; drift when the anchor is missing there; unverified when the page is not vendored (the
 * link cannot be checked here, which is never a pass).
 */
export function checkPageLinks(doc: DocPage, read = (file: string) => readFileSync(file, 'utf8')): LinkResult[] {
  const seen = new Set<string>();
  const results: LinkResult[] = [];
  for (const s of doc.statements) {
    const hrefs = [...(s.links ?? []), ...Object.values(s.anchors ?? {}).flatMap((as) => as.map((a) => a.href))];
    for (const href of hrefs.filter(isPageLink)) {
      if (seen.has(`${s.line} ${href}`)) continue;
      seen.add(`${s.line} ${href}`);
      const [path = '', anchor] = href.split('#', 2);
      const file = linkedFile(doc.file, decoded(path));
      const at = { href, line: s.line };
      if (!file) {
        results.push({
          ...at,
          status: 'unverified',
          message: `${path} is not vendored beside the page: the link was not checked`,
        });
        continue;
      }
      const anchors = headingAnchors(read(file));
      if (anchor && !anchors.includes(anchor))
        results.push({
          ...at,
          status: 'drift',
          message: `${file} has no anchor "${anchor}" (its anchors: ${anchors.join(', ') || 'none'})`,
        });
      else results.push({ ...at, status: 'ok', message: `leads to ${file}${anchor ? `#${anchor}` : ''}` });
    }
  }
  return results;
}
