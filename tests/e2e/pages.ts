/** One URL per page type: the accessibility and network tests visit each. */
import { FIRST_COURSE, lessonsOf } from '../support/content.ts';

export const PAGE_TYPES: Record<string, string> = {
  forside: '/',
  kurser: '/kurser/',
  kursus: `/kurser/${FIRST_COURSE}/`,
  proeve: `/kurser/${FIRST_COURSE}/proeve/`,
  lektion: lessonsOf(FIRST_COURSE)[0]!.url,
  historier: '/historier/',
  historie: '/historier/middelgrundens-vindmoellelaug/',
  ordbog: '/ordbog/',
  begreb: '/ordbog/amba/',
  soeg: '/soeg/?q=andelsselskab',
  om: '/om/',
  privatliv: '/privatliv/',
  tilgaengelighed: '/tilgaengelighed/',
  ikkeFundet: '/findes-ikke/',
  logInd: '/log-ind/',
  minSide: '/min-side/',
  bevis: '/bevis/',
  indsend: '/indsend/',
  redaktion: '/redaktion/',
  tilmeldVirksomhed: '/virksomheder/tilmeld/',
  raadgivere: '/raadgivere/',
  virksomheder: '/virksomheder/',
  virksomhed: '/virksomheder/koebenhavns-foedevarefaellesskab/',
  bydel: '/virksomheder/bydel/noerrebro/',
  bydelUdenVirksomheder: '/virksomheder/bydel/valby/',
  vaerktoejer: '/vaerktoejer/',
  vaerktoejGuide: '/vaerktoejer/virksomhedsform/',
  vaerktoejResultat: '/vaerktoejer/virksomhedsform/resultat/amba-fmba/',
  vaerktoejKooperationsskat: '/vaerktoejer/kooperationsskat/',
  vaerktoejRsv: '/vaerktoejer/rsv-udbytteloft/',
  vaerktoej7p: '/vaerktoejer/medarbejderaktier/',
  vaerktoejUdbud: '/vaerktoejer/udbudstjek/',
  vaerktoejVedtaegter: '/vaerktoejer/vedtaegter/',
  vaerktoejTjekliste: '/vaerktoejer/tjekliste/klar-til-at-byde/',
  vaerktoejKlausuler: '/vaerktoejer/klausuler/',
};

/** The tool pages (issue 15): axe in both colour schemes and the size budget. */
export const TOOL_PAGES = Object.keys(PAGE_TYPES).filter((k) => k.startsWith('vaerktoej'));
