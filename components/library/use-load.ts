import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: string };

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Runs `load` whenever `deps` change and keeps only the answer to the latest run, so a slow
 * answer to an older search never replaces a newer one.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (e: unknown) => current && setResult({ state: 'error', error: describe(e) }),
    );
    return () => {
      current = false;
    };
    // The caller lists what `load` depends on.
  }, deps);
  return result;
}

/** `value`, once it has stayed the same for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * useLoad for a list only some readers need (the outlets, the programs of a picker): read at
 * once when `eager`, else when `want` is called (the control that shows it gets the focus or
 * the pointer). Reading every outlet's count walks a whole index, which at ten thousand
 * articles costs more than the page it would slow down.
 */
export function useOnDemand<T>(load: () => Promise<T>, deps: readonly unknown[], eager: boolean): [Loaded<T>, () => void] {
  const [wanted, setWanted] = useState(eager);
  useEffect(() => {
    if (eager) setWanted(true);
  }, [eager]);
  // Until wanted, a promise that never settles keeps the list "loading".
  const result = useLoad(() => (wanted ? load() : new Promise<T>(() => {})), [wanted, ...deps]);
  return [result, () => setWanted(true)];
}
