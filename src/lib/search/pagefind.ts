/**
 * The part of Pagefind's browser API the search page uses (pagefind.js, written into
 * /pagefind/ by the build), and how a result is shown: its type, title, excerpt and sections.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { element: string; id: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
}

// A variable, so the bundler leaves the import to the browser: the file exists only after the build.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;
let failures = 0;

/**
 * Loads Pagefind once; after a failure (offline) the next call tries again, under another
 * address, because a browser may remember a failed module import.
 */
export function loadPagefind(): Promise<Pagefind> {
  const url = failures > 0 ? `${PAGEFIND_URL}?retry=${failures}` : PAGEFIND_URL;
  loading ??= import(/* @vite-ignore */ url).then(
    async (pf: Pagefind) => {
      await pf.init();
      return pf;
    },
    (error: unknown) => {
      loading = undefined;
      failures++;
      throw error;
    },
  );
  return loading;
}

/** Only same-site paths are linked: a result never leads off the site. */
export const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//');

/**
 * The headings under which the words were found, at most `max`, the best matches in page order.
 * The page's own top (a sub-result without an anchor) is the result itself, so it is left out.
 */
export function sections(data: PagefindResultData, max = 3): PagefindSubResult[] {
  const withAnchor = data.sub_results.filter((s) => s.anchor && isSitePath(s.url));
  const best = [...withAnchor].sort((a, b) => b.locations.length - a.locations.length).slice(0, max);
  return withAnchor.filter((s) => best.includes(s));
}
