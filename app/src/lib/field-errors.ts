/**
 * The product's own message for each field the backend refused: the backend names the field, the product
 * says what to fix in the user's language.
 */
export function localized<F extends string>(
  fields: Record<string, string>,
  messages: Record<F, string>,
): Partial<Record<F, string>> {
  return Object.fromEntries(
    Object.keys(fields)
      .filter((f): f is F => f in messages)
      .map((f) => [f, messages[f]]),
  ) as Partial<Record<F, string>>;
}
