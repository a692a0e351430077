/**
 * The search page's state as it lives in the address: `?q=andelsselskab&type=Lektion&type=Begreb`.
 * The same names are the fields of the page's plain GET form, so the address is the same with and
 * without JavaScript, and a search can be bookmarked or shared.
 */
export const SEARCH_TYPES = [
  'kursus',
  'lektion',
  'historie',
  'ordbog',
  'værktøj',
  'virksomhed',
  'arrangement',
  'organisation',
  'byeksempel',
  'side',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The filters in the index (data-pagefind-filter), in the order the page shows them. */
export const FILTER_NAMES = ['type', 'målgruppe', 'emne'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [
      name,
      [
        ...new Set(
          params
            .getAll(name)
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ],
    ]),
  ) as SearchState['filters'];
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const chosenFilters = (state: SearchState) => FILTER_NAMES.reduce((n, name) => n + state.filters[name].length, 0);

/** Pagefind's filter argument: any of the chosen values within a group, every group that has one. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(FILTER_NAMES.filter((name) => state.filters[name].length).map((name) => [name, { any: state.filters[name] }]));
}
