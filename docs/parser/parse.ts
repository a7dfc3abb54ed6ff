import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { digestSection } from './content';
import type { ParseContext } from './context';
import { DocError } from './errors';
import { ENGLISH, readFrontMatter } from './front-matter';
import { htmlTags } from './inline';
import { checkDocText } from './source-checks';
import type { DocForm, DocPage, LocalText, Procedure } from './model';
import { checkAllLists } from './numbering';
import { findRules } from './rules';
import { splitSections } from './sections';

function carriesEnglishSource(tree: Root): boolean {
  let found = false;
  visit(tree, 'html', (node) => {
    if (!found && node.value.includes('data-stu-id')) {
      found = htmlTags(node.value, 0).some((t) => t.kind === 'open' && t.stu !== undefined);
    }
  });
  return found;
}

export function parseDoc(source: string, file: string): DocPage {
  const text = checkDocText(source, file);
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);
  const fm = readFrontMatter(tree, file);
  checkAllLists(tree, text, file);

  const bilingual = carriesEnglishSource(tree);
  if (bilingual && fm.locale === ENGLISH) {
    // Without the translated locale both halves of every pair would be filed under en-US.
    throw new DocError(file, 1, 'page pairs translations with English (data-stu-id spans) but ms.contentlocale does not name the translated locale');
  }
  const form: DocForm = bilingual ? 'bilingual' : fm.locale === ENGLISH ? 'english' : 'translated';
  const ctx: ParseContext = { file, source: text, locale: fm.locale, english: ENGLISH };

  const bodies = splitSections(tree, ctx);
  const digests = bodies.map((b) => digestSection(b, ctx));
  const procedures: Procedure[] = [];
  bodies.forEach((b, i) => {
    const d = digests[i];
    if (!b.heading || !d || d.steps.length === 0) return;
    const { id, line, depth, title } = b.heading;
    procedures.push({ id, line, depth, title, steps: d.steps, notes: d.notes, paragraphs: d.paragraphs });
  });
  if (procedures.length === 0) {
    throw new DocError(file, 1, 'no procedures found: no heading is followed by a numbered list of steps');
  }

  const sections = bodies.flatMap((b) => (b.heading ? [b.heading] : []));
  const h1 = sections.find((s) => s.depth === 1);
  const fmTitle = fm.data['title'];
  const title: LocalText = h1?.title ?? (typeof fmTitle === 'string' ? { [fm.locale]: fmTitle } : {});
  const { rules, repeats } = findRules(
    digests.flatMap((d) => d.refs),
    form === 'translated' ? fm.locale : ENGLISH,
  );

  return {
    file,
    locale: fm.locale,
    locales: bilingual ? [fm.locale, ENGLISH] : [fm.locale],
    form,
    title,
    frontMatter: fm.data,
    procedures,
    rules,
    repeats,
    sections,
  };
}
