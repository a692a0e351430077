/**
 * The rule every facet filter applies (src/components/FacetFilter.astro): an item carries its values
 * as `data-facet-<param>="a|b"`; an empty choice matches everything, any other choice matches an item
 * that carries that value. An item without the attribute matches no choice: not stated is not "no",
 * and it is not "yes" either.
 */
export const facetMatches = (itemValues: string | undefined, wanted: string): boolean =>
  !wanted || (itemValues ?? '').split('|').includes(wanted);
