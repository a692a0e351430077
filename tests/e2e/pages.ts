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
};
