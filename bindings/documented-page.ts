import { benefitsPagePath, documentedPagePath } from './documented-page-path';
import { parseDocFile, type DocPage, type RuleBook } from '../checker/parser';
import { actionPackPatterns } from './action-pack/patterns';
import { benefitsPatterns } from './benefits/patterns';

export { benefitsPagePath, documentedPagePath };

/**
 * Each vendored page a binding performs (bindings/index.ts), with the rule book that binding reads it with: what
 * the suite needs to name its flows' steps after the page, without loading the bindings (they load the engine).
 * Which binding performs a page is the check's choice (by its procedures); specs/unit/documented-steps.spec.ts
 * holds this list to it.
 */
export const boundPages = {
  actionPack: { path: documentedPagePath, rules: actionPackPatterns },
  benefits: { path: benefitsPagePath, rules: benefitsPatterns },
} as const satisfies Record<string, { path: string; rules: RuleBook }>;

export type BoundPage = keyof typeof boundPages;

const parsed = new Map<BoundPage, DocPage>();

/** A vendored page (the page under test unless named), parsed once per process with its binding's rules. */
export function documentedPage(name: BoundPage = 'actionPack'): DocPage {
  let doc = parsed.get(name);
  if (!doc) {
    const { path, rules } = boundPages[name];
    doc = parseDocFile(path, { rules });
    parsed.set(name, doc);
  }
  return doc;
}
