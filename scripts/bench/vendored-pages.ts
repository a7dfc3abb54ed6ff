import { basename } from 'node:path';
import type { CheckBinding } from '../../checker/binding';
import { docSetOf } from '../../checker/cli/doc-set';
import { parseDocFile, type DocPage } from '../../checker/parser';
import { pinsPathFor, readPins, type Pins } from '../../checker/read/pins';
import { documentedPagesFolder } from '../../bindings/documented-page-path';
import { bindingFor } from '../../bindings/index';

/** A vendored page as `npm run docs:check` reads it: parsed with its binding's rule book, and its pins. */
export interface VendoredPage {
  file: string;
  /** The file's name without the language and `.md`: the page's name in the bench's figures. */
  name: string;
  doc: DocPage;
  binding: CheckBinding;
  pins: Pins | undefined;
}

/** Every page `npm run docs:check` checks with no --doc, in its order; a page no binding performs is refused. */
export function vendoredPages(): VendoredPage[] {
  return docSetOf([documentedPagesFolder]).map((file) => {
    const binding = bindingFor(parseDocFile(file));
    if (!binding) throw new Error(`${file}: no binding performs its procedures (bindings/index.ts)`);
    return {
      file,
      name: basename(file).replace(/(\.[a-z]{2}-[a-z]{2})?\.md$/i, ''),
      doc: parseDocFile(file, { rules: binding.patterns }),
      binding,
      pins: readPins(pinsPathFor(file)),
    };
  });
}
