import { documentedPage } from '../../bindings/documented-page';
import type { LocalText, Rule } from '../../checker/parser';
import type { RuleId } from '../../bindings/action-pack/patterns';

const ENGLISH = 'en-US';

/**
 * The wording a partner must see where the page under test states it, in `locale`, read from the parsed page
 * and never from the product. Sentences are found by their English source, so a spec names what it expects in
 * one language and checks it in every language the page carries; one the page no longer has fails the test.
 */
export function documented(locale: string | undefined) {
  const page = documentedPage();
  const inLocale = (text: LocalText, line: number): string => {
    const said = locale === undefined ? undefined : text[locale];
    if (said === undefined) throw new Error(`${page.file}:${line} has no ${String(locale)} text`);
    return said;
  };
  const findRule = (id: RuleId): Rule => {
    const found = page.rules.find((r) => r.id === id);
    if (!found) throw new Error(`${page.file} no longer states the rule ${id}`);
    return found;
  };

  return {
    /** The sentence that states a rule, e.g. network-member-required. */
    rule(id: RuleId): string {
      const found = findRule(id);
      return inLocale(found.sentence, found.line);
    },
    /** The figures the page gives with a rule (3 options, silver and gold, …). */
    figures(id: RuleId): Rule['figures'] {
      return findRule(id).figures;
    },
    /** The sentences of the rules whose id starts with `prefix`, in the page's order (the benefits list). */
    rules(prefix: string): string[] {
      return page.rules.filter((r) => r.id.startsWith(prefix)).map((r) => inLocale(r.sentence, r.line));
    },
    /** A sentence of the page, by its English source. */
    sentence(english: string): string {
      const found = page.statements.find((s) => s.text[ENGLISH] === english);
      if (!found) throw new Error(`${page.file} no longer says "${english}"`);
      return inLocale(found.text, found.line);
    },
  };
}

export type Documented = ReturnType<typeof documented>;
