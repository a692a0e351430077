import { useEffect, useState } from 'preact/hooks';

/**
 * False in the server's HTML and the first (hydrating) render, true once the island runs. A submit
 * button disabled until then cannot send a form before its handler exists: pressing Enter in a
 * field does nothing instead of reloading the page and losing what was typed.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
