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
import type { DocForm, DocPage, LocalText, Procedure, Statement } from './model';
import { checkAllLists } from './numbering';
import type { RuleBook } from './rule-book';
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

export interface ParseOptions {
  /** The rules the page states, as its binding words them; without a book the page states no rule. */
  rules?: RuleBook;
}

export function parseDoc(source: string, file: string, options: ParseOptions = {}): DocPage {
  const text = checkDocText(source, file);
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);
  const fm = readFrontMatter(tree, file);
  checkAllLists(tree, text, file);

  const bilingual = carriesEnglishSource(tree);
  if (bilingual && fm.locale === ENGLISH) {
    // Without the translated locale both halves of every pair would be filed under en-US.
    throw new DocError(
      file,
      1,
      'page pairs translations with English (data-stu-id spans) but ms.contentlocale does not name the translated locale',
    );
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
    options.rules ?? {},
  );

  const procedureIds = new Set(procedures.map((p) => p.id));
  const depthOf = new Map(sections.map((s) => [s.id, s.depth]));
  const statements: Statement[] = digests.flatMap((d) =>
    d.refs.map((ref) => {
      const procedure = ref.section !== undefined && procedureIds.has(ref.section) ? ref.section : undefined;
      // A bulleted list under the page's title (the membership options) introduces; one in a section below it (the benefits) states.
      const normative =
        procedure !== undefined ||
        ref.place === 'note' ||
        (ref.place === 'list' && (depthOf.get(ref.section ?? '') ?? 1) >= 2);
      const statement: Statement = {
        line: ref.sentence.line,
        text: ref.sentence.text,
        labels: ref.sentence.labels,
        place: ref.place,
        normative,
      };
      if (ref.sentence.links) statement.links = ref.sentence.links;
      if (ref.sentence.anchors) statement.anchors = ref.sentence.anchors;
      if (ref.section !== undefined) statement.section = ref.section;
      if (procedure !== undefined) statement.procedure = procedure;
      if (ref.step !== undefined) statement.step = ref.step;
      return statement;
    }),
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
    statements,
  };
}
