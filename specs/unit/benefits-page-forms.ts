import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDoc, type DocPage } from '../../checker/parser';
import { englishOnly, translatedOnly } from '../../checker/parser/page-forms';
import { deepFrozen } from './frozen';

export const BENEFITS_PAGE = fileURLToPath(
  new URL('../../docs/pages/manage-your-partner-network-benefits.ko-kr.md', import.meta.url),
);

export const BENEFITS_FORMS = ['bilingual', 'translated', 'english'] as const;
export type BenefitsForm = (typeof BENEFITS_FORMS)[number];

const parsed = new Map<BenefitsForm, DocPage>();

/**
 * The second page in one of the forms it is read in: bilingual source, translation alone, English alone. Parsed
 * once per worker and frozen: the specs only read it.
 */
export function benefitsPage(form: BenefitsForm): DocPage {
  let page = parsed.get(form);
  if (!page) parsed.set(form, (page = deepFrozen(parseForm(form))));
  return page;
}

function parseForm(form: BenefitsForm): DocPage {
  const source = readFileSync(BENEFITS_PAGE, 'utf8');
  if (form === 'translated') return parseDoc(translatedOnly(source), 'benefits.translated.md');
  if (form === 'english') return parseDoc(englishOnly(source), 'benefits.en-us.md');
  return parseDoc(source, 'benefits.ko-kr.md');
}

/** A line of the bilingual page as it stands in `form` (the English form lacks the localization's front-matter keys). */
export function lineIn(form: BenefitsForm, line: number): number {
  if (form !== 'english') return line;
  const source = readFileSync(BENEFITS_PAGE, 'utf8');
  return line - (source.split('\n').length - englishOnly(source).split('\n').length);
}

export function procedure(page: DocPage, id: string) {
  const found = page.procedures.find((p) => p.id === id);
  if (!found) throw new Error(`no procedure '${id}' in ${page.file}`);
  return found;
}
