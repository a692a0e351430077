/**
 * Runs the search named in `?q=` once Pagefind's Component UI is ready, so the header's
 * plain search form (which works without JavaScript) lands on a page of results.
 */
export function searchFromQuery(doc: Document = document): void {
  const term = new URLSearchParams(doc.location.search).get('q')?.trim();
  if (!term) return;
  customElements.whenDefined('pagefind-input').then(() => {
    const input = doc.querySelector<HTMLInputElement>('pagefind-input input');
    if (!input) return;
    input.value = term;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
