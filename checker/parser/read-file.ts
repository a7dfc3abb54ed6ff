import type { DocPage } from './model';
import { parseDoc, type ParseOptions } from './parse';
import { readDocText } from './read-text';

/** Node-only entry point; `parseDoc` itself never touches the file system. */
export function parseDocFile(path: string, options: ParseOptions = {}): DocPage {
  return parseDoc(readDocText(path), path, options);
}
