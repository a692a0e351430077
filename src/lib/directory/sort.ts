/**
 * The directory's order by name. Leading punctuation, quotes and symbols are skipped, so a name like
 * `=HYPERLINK(…)` or `»Gadens Køkken«` sorts by its first letter or digit instead of at the top.
 */
const collator = new Intl.Collator('da');

/** `sortName('»Gadens Køkken«')` → `'Gadens Køkken«'` */
export const sortName = (name: string) => name.replace(/^[^\p{L}\p{N}]+/u, '');

/** For `Array.sort`: Danish order of the names without their leading punctuation. */
export const compareNames = (a: string, b: string) => collator.compare(sortName(a), sortName(b)) || collator.compare(a, b);
