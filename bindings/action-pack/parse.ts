import { parseDoc as parseAny, parseDocFile as parseAnyFile, ruleReader, type DocPage } from '../../checker/parser';
import { actionPackPatterns, type RuleId } from './patterns';

export { RULE_IDS, type RuleId } from './patterns';

/** The page (or an edited copy of it) parsed with its rules. */
export const parseDoc = (source: string, file: string): DocPage =>
  parseAny(source, file, { rules: actionPackPatterns });

export const parseDocFile = (path: string): DocPage => parseAnyFile(path, { rules: actionPackPatterns });

/** The page's rule book as the engine reads it: what the check gives the engine for this page (bindings/check.ts). */
export const actionPackRuleReader = ruleReader<RuleId>(actionPackPatterns);

/** The page's rules one sentence states, read in `locale`. */
export const matchRules = actionPackRuleReader.match;

/** The page's rules one sentence contradicts, read in `locale`. */
export const matchContradictions = actionPackRuleReader.contradictions;
