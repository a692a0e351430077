import { describe, expect, it } from 'vitest';
import { compareNames, sortName } from '../../src/lib/directory/sort.ts';

describe('sorting the directory by name', () => {
  it('ignores leading punctuation, quotes and symbols', () => {
    expect(sortName('=HYPERLINK("http://x","Klik")')).toBe('HYPERLINK("http://x","Klik")');
    expect(sortName('»Gadens Køkken«')).toBe('Gadens Køkken«');
    expect(sortName('  ...Analyse & Tal')).toBe('Analyse & Tal');
    expect(sortName('3F Kooperativ')).toBe('3F Kooperativ');
  });

  it('puts a name with leading punctuation where its first letter belongs, in Danish order', () => {
    const names = ['Østerbro Cykler', '=HYPERLINK("x")', 'Analyse & Tal', '"Zebra"', 'Ærø Andel', '@Bageriet', 'Aarhus Kaffe'];
    expect([...names].sort(compareNames)).toEqual([
      'Analyse & Tal',
      '@Bageriet',
      '=HYPERLINK("x")',
      '"Zebra"',
      'Ærø Andel',
      'Østerbro Cykler',
      'Aarhus Kaffe',
    ]);
  });
});

describe('a card’s summary', () => {
  it('keeps a short text and cuts a long one at a word', async () => {
    const { shorten } = await import('../../src/lib/text/shorten.ts');
    expect(shorten('Kort tekst.', 20)).toBe('Kort tekst.');
    expect(shorten('Et andelsselskab med begrænset ansvar, stiftet i 2014.', 30)).toBe('Et andelsselskab med begrænset …');
    expect(shorten('Et langt afsnit, og mere', 15)).toBe('Et langt …');
    expect(shorten('Erhvervsvirksomhedsloven', 10)).toBe('Erhvervsvi …');
  });
});
