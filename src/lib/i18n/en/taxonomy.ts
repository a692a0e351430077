/**
 * English labels for the directory's Danish category values (src/lib/content/taxonomy.ts), where
 * the value is itself the Danish label. Legal forms keep their Danish name, as a reader meets it in
 * the CVR register; the ten districts are place names and stay as they are.
 */
import type { Area, LegalForm, Sector } from '../../content/taxonomy.ts';

export const LEGAL_FORMS_EN: Record<LegalForm, string> = {
  'A.M.B.A.': 'A.M.B.A. (cooperative society with limited liability)',
  'F.M.B.A.': 'F.M.B.A. (association with limited liability)',
  Forening: 'Association (forening)',
  'Selvejende institution': 'Self-governing institution (selvejende institution)',
  'Erhvervsdrivende fond': 'Commercial foundation (erhvervsdrivende fond)',
  ApS: 'ApS (private limited company)',
  'A/S': 'A/S (public limited company)',
  'I/S': 'I/S (general partnership)',
  Andelskasse: 'Cooperative savings bank (andelskasse)',
  Andet: 'Other',
};

export const SECTORS_EN: Record<Sector, string> = {
  'Fødevarer og landbrug': 'Food and farming',
  Handel: 'Trade',
  'Energi og miljø': 'Energy and environment',
  'Bank og finansiering': 'Banking and finance',
  'IT og rådgivning': 'IT and consultancy',
  'Medier og kultur': 'Media and culture',
  'Byggeri og håndværk': 'Building and crafts',
  'Service og rengøring': 'Services and cleaning',
  'Social og sundhed': 'Social care and health',
  Uddannelse: 'Education',
  Bolig: 'Housing',
  Andet: 'Other',
};

/** The areas beyond the ten districts; a district's name is returned as it is. */
const WIDER_AREAS_EN: Partial<Record<Area, string>> = {
  'København, flere bydele': 'Copenhagen, several districts',
  'Hovedstadsområdet i øvrigt': 'Elsewhere in the capital region',
  'Resten af Danmark': 'Elsewhere in Denmark',
  'Flere steder i Danmark': 'Several places in Denmark',
  'Flere lande': 'Several countries',
};

export const areaEn = (area: Area | string): string => WIDER_AREAS_EN[area as Area] ?? area;
