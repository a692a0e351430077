/** After sign-in the browser goes to `?next=`: only a path on this site, never another site (open redirect). */
import { describe, expect, it } from 'vitest';
import { nextPath } from '../../src/lib/account/sign-in.ts';

/** Where the browser would really go from a page of the site, as location.assign resolves it. */
const landsOn = (search: string) => new URL(nextPath(search), 'https://faellesvaerdier.dk/log-ind/');

describe('the address after sign-in', () => {
  it('keeps a path on this site, with its query', () => {
    expect(nextPath('?next=/redaktion/')).toBe('/redaktion/');
    expect(nextPath(`?next=${encodeURIComponent('/kurser/a/proeve/?x=1&y=2')}`)).toBe('/kurser/a/proeve/?x=1&y=2');
    expect(nextPath('')).toBe('/min-side/');
  });

  it('never leaves the site, however the address is dressed up', () => {
    const hostile = [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      ' /min-side/',
      'evil.example',
      '/%0a//evil.example',
      'https:evil.example',
      '/.//evil.example',
      '/@evil.example',
      'http://faellesvaerdier.dk.evil.example/',
    ];
    for (const next of hostile) {
      const url = landsOn(`?next=${encodeURIComponent(next)}`);
      expect(url.origin, next).toBe('https://faellesvaerdier.dk');
      expect(url.protocol, next).toBe('https:');
    }
    // Smuggled past the parser: a second `next`, or a raw (unencoded) value.
    expect(landsOn('?next=/min-side/&next=//evil.example').origin).toBe('https://faellesvaerdier.dk');
    expect(landsOn('?next=//evil.example').origin).toBe('https://faellesvaerdier.dk');
  });
});
