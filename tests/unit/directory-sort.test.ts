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
    expect([...names].sort(compareNames)).toEqual(['Analyse & Tal', '@Bageriet', '=HYPERLINK("x")', '"Zebra"', 'Ærø Andel', 'Østerbro Cykler', 'Aarhus Kaffe']);
  });
});
