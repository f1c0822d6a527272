// Loads data for a key, aborting the previous request when the key changes, so a slow
// answer to an old query never replaces a newer one.
import { useEffect, useState } from 'preact/hooks';

export type FetchState<T> =
  | { status: 'loading'; data: T | null }
  | { status: 'done'; data: T }
  | { status: 'error'; data: T | null; error: Error };

/** Runs `load` whenever `key` changes; `null` key means nothing to load. Keeps the last data while loading. */
export function useFetch<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): FetchState<T> | null {
  const [state, setState] = useState<FetchState<T> | null>(null);
  useEffect(() => {
    if (key === null) {
      setState(null);
      return;
    }
    const controller = new AbortController();
    setState((prev) => ({ status: 'loading', data: prev?.data ?? null }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((prev) => ({ status: 'error', data: prev?.data ?? null, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
