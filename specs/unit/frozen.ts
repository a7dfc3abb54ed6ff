/**
 * `value` frozen all the way down: a parse shared by the tests of a worker, so a test that wrote to it would throw
 * instead of changing what the next test reads.
 */
export function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFrozen(child);
  }
  return value;
}
