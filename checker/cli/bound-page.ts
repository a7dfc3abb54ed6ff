import { bindingFor, type CheckBinding } from '../binding';
import { parseDocFile, type DocPage } from '../parser';

/**
 * A page as its binding reads it: parsed once to learn its procedures, which name the binding that performs them,
 * then again with that binding's rule book, so its rules are read in the binding's words. A page no binding
 * performs keeps the first reading. The parser's errors (file:line) are thrown as they are.
 */
export function readBoundPage<B extends CheckBinding>(
  file: string,
  bindings: readonly B[],
): { doc: DocPage; binding: B | undefined } {
  const first = parseDocFile(file);
  const binding = bindingFor(first, bindings);
  return { doc: binding ? parseDocFile(file, { rules: binding.patterns }) : first, binding };
}
