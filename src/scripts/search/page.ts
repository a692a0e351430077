/**
 * The search page: Pagefind's API behind the page's own form, so results look like the rest of
 * the site, say what they are (Lektion, Begreb …), and load only the code a search needs. The
 * address always holds the query and filters (see lib/search/query.ts). Pagefind searches the
 * index of the page's own language (<html lang>); `t` gives the page's strings in that language.
 */
import type { SearchT } from '../../lib/i18n/search.ts';
import { excerptParts } from '../../lib/search/excerpt.ts';
import { isSitePath, loadPagefind, sections, type PagefindResult, type PagefindResultData } from '../../lib/search/pagefind.ts';
import { chosenFilters, FILTER_NAMES, pagefindFilters, readState, writeState, type SearchState } from '../../lib/search/query.ts';

export function startSearchPage(t: SearchT) {
  const BATCH = 5;
  const form = document.querySelector<HTMLFormElement>('[data-search]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const chosen = form.querySelector<HTMLElement>('[data-chosen]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const list = document.querySelector<HTMLElement>('[data-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-more]')!;

  let results: PagefindResult[] = [];
  let shown = 0;
  /** The newest search: answers to older ones arrive late and are dropped. */
  let current = 0;

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function excerpt(html: string, className?: string) {
    const p = el('p', className);
    for (const part of excerptParts(html)) p.append(part.mark ? el('mark', undefined, part.text) : part.text);
    return p;
  }

  function link(href: string, text: string) {
    const a = el('a', undefined, text);
    a.href = href;
    return a;
  }

  function resultItem(d: PagefindResultData) {
    const li = el('li', 'search-result');
    const type = d.filters.type?.[0];
    if (type) li.append(el('p', 'result-type', type));
    const title = el('h2', 'result-title');
    title.append(link(d.url, d.meta.title ?? d.url));
    li.append(title, excerpt(d.excerpt, 'result-excerpt'));
    const subs = sections(d);
    if (subs.length) {
      const ul = el('ul', 'result-sections');
      ul.setAttribute('aria-label', t('search.sections'));
      for (const s of subs) {
        const item = el('li');
        item.append(link(s.url, s.title), excerpt(s.excerpt));
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  async function showMore(id: number, focusFirst: boolean) {
    const batch = results.slice(shown, shown + BATCH);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (id !== current) return;
    const items = data.filter((d) => isSitePath(d.url)).map(resultItem);
    list.append(...items);
    shown += batch.length;
    const left = results.length - shown;
    more.hidden = left <= 0;
    more.textContent = t('search.more', { count: left });
    // "Show more" keeps the keyboard user's place: on the first new result.
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  function formState(): SearchState {
    const filters = Object.fromEntries(
      FILTER_NAMES.map((name) => [name, boxes.filter((b) => b.name === name && b.checked).map((b) => b.value)]),
    );
    return { q: input.value.trim(), filters: filters as SearchState['filters'] };
  }

  function showState(state: SearchState) {
    input.value = state.q;
    for (const b of boxes) b.checked = state.filters[b.name as keyof SearchState['filters']]?.includes(b.value) ?? false;
  }

  async function search(state: SearchState) {
    const id = ++current;
    history.replaceState(history.state, '', location.pathname + writeState(state));
    const filtered = chosenFilters(state);
    chosen.textContent = filtered ? t('search.filtersChosen', { count: filtered }) : '';
    results = [];
    shown = 0;
    more.hidden = true;
    if (!state.q) {
      list.replaceChildren();
      status.textContent = t('search.prompt');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(state.q, { filters: pagefindFilters(state) });
      if (id !== current || !found) return;
      results = found.results;
      list.replaceChildren();
      status.textContent = !results.length
        ? t(filtered ? 'search.noneFiltered' : 'search.none', { q: state.q })
        : t('search.count', { count: results.length, q: state.q });
      await showMore(id, false);
    } catch {
      if (id === current) status.textContent = t('search.failed');
    } finally {
      if (id === current) list.removeAttribute('aria-busy');
    }
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => search(formState()), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    void search(formState());
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).type === 'checkbox') void search(formState());
  });
  form.querySelector('[data-clear]')!.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    void search(formState());
  });
  more.addEventListener('click', () => {
    showMore(current, true).catch(() => (status.textContent = t('search.failed')));
  });

  const initial = readState(location.search);
  showState(initial);
  if (chosenFilters(initial)) form.querySelector('details')!.open = true;
  // A visitor on this page is about to search: fetch the engine while they type.
  if (initial.q) void search(initial);
  else void loadPagefind().catch(() => {});
}
