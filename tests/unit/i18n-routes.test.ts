/** The route map (src/lib/i18n/routes.ts): which page translates which, and where the switch leads. */
import { describe, expect, it } from 'vitest';
import { alternatesFor, chromeLink, counterpartOf, langOfPath, languageSwitch } from '../../src/lib/i18n/routes.ts';

describe('route map', () => {
  it('pairs a static page both ways', () => {
    const pair = { da: '/virksomheder/', en: '/en/directory/' };
    expect(alternatesFor('/virksomheder/')).toEqual(pair);
    expect(alternatesFor('/en/directory/')).toEqual(pair);
    expect(alternatesFor('/')).toEqual({ da: '/', en: '/en/' });
  });

  it('pairs each business and each district page by its slug', () => {
    expect(alternatesFor('/virksomheder/kontra-advokater/')).toEqual({
      da: '/virksomheder/kontra-advokater/',
      en: '/en/directory/kontra-advokater/',
    });
    expect(alternatesFor('/en/directory/district/noerrebro/')).toEqual({
      da: '/virksomheder/bydel/noerrebro/',
      en: '/en/directory/district/noerrebro/',
    });
  });

  it('knows no counterpart for a Danish-only page, even one under a paired section', () => {
    expect(alternatesFor('/virksomheder/tilmeld/')).toBeUndefined();
    expect(alternatesFor('/kurser/andelsselskabet/')).toBeUndefined();
    expect(alternatesFor('/virksomheder/a/b/c/')).toBeUndefined();
    expect(counterpartOf('/vaerktoejer/', 'en')).toBeUndefined();
  });

  it('tells the language by the address', () => {
    expect(langOfPath('/en/')).toBe('en');
    expect(langOfPath('/en/network/')).toBe('en');
    expect(langOfPath('/english/')).toBe('da');
    expect(langOfPath('/')).toBe('da');
  });
});

describe('language switch and chrome links', () => {
  it('lands on the counterpart when there is one, else on the other front page', () => {
    const pair = { da: '/tal/', en: '/en/figures/' };
    expect(languageSwitch('da', pair)).toEqual({ lang: 'en', href: '/en/figures/', counterpart: true });
    expect(languageSwitch('en', pair)).toEqual({ lang: 'da', href: '/tal/', counterpart: true });
    expect(languageSwitch('da', undefined)).toEqual({ lang: 'en', href: '/en/', counterpart: false });
  });

  it('leads an English reader to the English page, or to the Danish one marked as Danish', () => {
    expect(chromeLink('/netvaerk/', 'en')).toEqual({ href: '/en/network/', inDanish: false });
    expect(chromeLink('/vaerktoejer/', 'en')).toEqual({ href: '/vaerktoejer/', inDanish: true });
    expect(chromeLink('/netvaerk/', 'da')).toEqual({ href: '/netvaerk/', inDanish: false });
  });
});
