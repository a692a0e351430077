import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt.ts';
import { isSitePath, sections, type PagefindResultData } from '../../src/lib/search/pagefind.ts';
import { chosenFilters, pagefindFilters, readState, writeState } from '../../src/lib/search/query.ts';

describe('the search address', () => {
  it('reads the query and the chosen filters, and writes them back the same way', () => {
    const state = readState('?q=+andelsselskab+&type=Lektion&type=Begreb&m%C3%A5lgruppe=Revisorer&emne=&other=x');
    expect(state).toEqual({ q: 'andelsselskab', filters: { type: ['Lektion', 'Begreb'], målgruppe: ['Revisorer'], emne: [] } });
    expect(readState(writeState(state))).toEqual(state);
    expect(chosenFilters(state)).toBe(3);
  });

  it('is empty for an empty search and drops repeated values', () => {
    expect(writeState(readState(''))).toBe('');
    expect(readState('?type=Kursus&type=Kursus').filters.type).toEqual(['Kursus']);
  });

  it('asks Pagefind for any value within a group and every group that has one', () => {
    expect(pagefindFilters(readState('?q=x&type=Lektion&type=Kursus&emne=Viden+og+kendskab'))).toEqual({
      type: { any: ['Lektion', 'Kursus'] },
      emne: { any: ['Viden og kendskab'] },
    });
    expect(pagefindFilters(readState('?q=x'))).toEqual({});
  });
});

describe('an excerpt', () => {
  it('becomes plain parts with the found words marked', () => {
    expect(excerptParts('Et <mark>andelsselskab</mark> med <mark>begrænset</mark> ansvar')).toEqual([
      { text: 'Et ', mark: false },
      { text: 'andelsselskab', mark: true },
      { text: ' med ', mark: false },
      { text: 'begrænset', mark: true },
      { text: ' ansvar', mark: false },
    ]);
  });

  it('keeps markup from a page as text, never as elements', () => {
    // Pagefind escapes < and > of the page's text; the parts hold the text as it was written.
    const parts = excerptParts('vi skrev &lt;img src=x onerror=alert(1)&gt; og <mark>A&amp;B</mark>');
    expect(parts).toEqual([
      { text: 'vi skrev <img src=x onerror=alert(1)> og ', mark: false },
      { text: 'A&amp;B', mark: true },
    ]);
  });
});

describe('a result', () => {
  const sub = (title: string, url: string, locations: number[], anchor = true) => ({
    title,
    url,
    excerpt: '',
    locations,
    ...(anchor ? { anchor: { element: 'h2', id: url.split('#')[1] ?? '' } } : {}),
  });
  const data = (subs: PagefindResultData['sub_results']): PagefindResultData => ({
    url: '/x/',
    excerpt: '',
    meta: {},
    filters: {},
    sub_results: subs,
  });

  it('shows at most three sections, the best matches, in page order, and never the page top', () => {
    const shown = sections(
      data([
        sub('Top', '/x/', [1, 2, 3, 4, 5, 6], false),
        sub('A', '/x/#a', [10]),
        sub('B', '/x/#b', [20, 21, 22]),
        sub('C', '/x/#c', [30, 31]),
        sub('D', '/x/#d', [40, 41, 42, 43]),
      ]),
    );
    expect(shown.map((s) => s.title)).toEqual(['B', 'C', 'D']);
  });

  it('links only to paths on the site', () => {
    expect(isSitePath('/kurser/')).toBe(true);
    expect(isSitePath('//evil.example/')).toBe(false);
    expect(isSitePath('https://evil.example/')).toBe(false);
    expect(isSitePath('javascript:alert(1)')).toBe(false);
    expect(sections(data([sub('Ude', 'https://evil.example/#a', [1])]))).toEqual([]);
  });
});
