import type { Root } from 'mdast';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DocError } from './errors';
import type { Locale } from './model';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Locale the page is written in; plain English pages carry no ms.contentlocale. */
  locale: Locale;
}

export const ENGLISH: Locale = 'en-US';

export function canonicalLocale(tag: string): Locale | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

export function readFrontMatter(tree: Root, file: string): FrontMatter {
  const node = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!node) return { data: {}, locale: ENGLISH };
  // The yaml node starts at the opening '---'; YAML reports lines relative to its own content.
  const firstContentLine = (node.position?.start.line ?? 1) + 1;

  let data: unknown;
  try {
    data = parseYaml(node.value, { prettyErrors: true });
  } catch (e) {
    const rel = e instanceof YAMLParseError ? (e.linePos?.[0]?.line ?? 1) : 1;
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new DocError(file, firstContentLine + rel - 1, `front matter is not valid YAML: ${why}`);
  }
  if (data === null || data === undefined) return { data: {}, locale: ENGLISH };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DocError(file, firstContentLine, 'front matter must be a YAML mapping');
  }
  const record = data as Record<string, unknown>;
  const raw = record['ms.contentlocale'];
  if (raw === undefined || raw === null || raw === '') return { data: record, locale: ENGLISH };

  const locale = typeof raw === 'string' ? canonicalLocale(raw) : undefined;
  if (!locale) {
    const offset = node.value.split('\n').findIndex((l) => /^ms\.contentlocale\s*:/.test(l));
    throw new DocError(
      file,
      firstContentLine + Math.max(offset, 0),
      `ms.contentlocale '${String(raw)}' is not a locale tag`,
    );
  }
  return { data: record, locale };
}
