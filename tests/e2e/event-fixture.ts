/**
 * The fictional event and organiser that event-submission.spec.ts sends through the pipeline and
 * events-published.spec.ts finds in the rebuilt site (the gateway's database is fresh per run).
 */
export const EVENT_YEAR = new Date().getFullYear() + 1;
export const EVENT_BUSINESS = 'Fiktivt Cykelværksted Fællesnøglen';
export const EVENT_TITLE = 'Fiktivt reparationstræf; cykler, kaffe, og fællesskab';
/** A word no other page has, for the search. */
export const EVENT_SEARCH_WORD = 'Egerstrammerlauget';
export const EVENT_DESCRIPTION = `Fiktivt eksempel: medlemmerne viser, hvordan et værksted ejet i fællesskab fungerer, og ${EVENT_SEARCH_WORD} lærer fra sig.`;
