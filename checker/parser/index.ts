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
  RuleId,
  Section,
  Sentence,
  Statement,
  StatementPlace,
  Step,
} from './model';
export { RULE_IDS } from './model';
export { DocError, isDocError } from './errors';
export { parseDoc } from './parse';
export { parseDocFile } from './read-file';
export { matchContradictions, matchRules, type RuleMatch } from './rules';
export { makeLabel } from './labels';
export { reportDocError } from './cli-errors';
