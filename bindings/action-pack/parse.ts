import { parseDoc as parseAny, parseDocFile as parseAnyFile, ruleReader, type DocPage } from '../../checker/parser';
import { actionPackPatterns, type RuleId } from './patterns';

export { RULE_IDS, type RuleId } from './patterns';

/** The page (or an edited copy of it) parsed with its rules. */
export const parseDoc = (source: string, file: string): DocPage =>
  parseAny(source, file, { rules: actionPackPatterns });

export const parseDocFile = (path: string): DocPage => parseAnyFile(path, { rules: actionPackPatterns });

const reader = ruleReader<RuleId>(actionPackPatterns);

/** The page's rules one sentence states, read in `locale`. */
export const matchRules = reader.match;

/** The page's rules one sentence contradicts, read in `locale`. */
export const matchContradictions = reader.contradictions;
