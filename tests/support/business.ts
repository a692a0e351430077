/** A valid business entry, as the form sends it; tests change one field at a time. All fictional. */
export const validBusiness = (overrides: Record<string, unknown> = {}) => ({
  name: 'Fiktiv Kantine A.M.B.A.',
  legal_form: 'A.M.B.A.',
  sector: 'Fødevarer og landbrug',
  district: 'Valby',
  offers: ['mad-og-catering'],
  rsv: true,
  founded: 2017,
  website: 'https://kantine.example.dk',
  cvr: '10000009',
  principles: ['hjerne-og-hjerte'],
  description: 'Fiktivt eksempel: en kantine, som medarbejderne ejer, og som leverer frokost til arbejdspladser i Valby.',
  inclusive_jobs: [],
  contact_name: 'Kontakt Person',
  contact_email: 'kontakt@kantine.example.dk',
  consent_publish: true,
  consent_privacy: true,
  ...overrides,
});

export const validReport = (overrides: Record<string, unknown> = {}) => ({
  page_path: '/ordbog/andelskapital/',
  page_version: '2026-11-29 a1b2c3d4e5f6',
  what: 'Paragrafhenvisningen i andet afsnit ser forkert ud.',
  source: null,
  email: null,
  ...overrides,
});
