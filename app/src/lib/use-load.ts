import { useCallback, useEffect, useState } from 'react';

export type Load<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

/** Loads once on mount and on `reload()`; a late answer for an old request never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): [Load<T>, () => void, (data: T) => void] {
  const [value, setValue] = useState<Load<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setValue({ state: 'loading' });
    load().then(
      (data) => current && setValue({ state: 'ready', data }),
      (error: unknown) => current && setValue({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [generation, ...deps]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const set = useCallback((data: T) => setValue({ state: 'ready', data }), []);
  return [value, reload, set];
}
