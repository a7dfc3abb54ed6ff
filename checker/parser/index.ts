export type {
  DocForm,
  DocPage,
  Figure,
  Label,
  LocalText,
  Locale,
  Note,
  NoteKind,
  Procedure,
  Rule,
  Section,
  Sentence,
  Statement,
  StatementPlace,
  Step,
} from './model';
export { DocError, isDocError } from './errors';
export { parseDoc } from './parse';
export { parseDocFile } from './read-file';
export { noRules, ruleReader, type RuleMatch, type RuleReader } from './rules';
export { patternsFor, type Figures, type FollowingItem, type RuleBook, type RulePattern } from './rule-book';
export type { ParseOptions } from './parse';
export { makeLabel } from './label-text';
export { reportDocError } from './cli-errors';
export { toNumber } from './numbers';
