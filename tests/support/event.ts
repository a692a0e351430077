/** A valid event, as the form sends it; tests change one field at a time. All fictional. */
const next = new Date().getFullYear() + 1;

export const validEvent = (overrides: Record<string, unknown> = {}) => ({
  title: 'Fiktivt netværksmøde om fælleseje',
  start: `${next}-05-12T17:00`,
  end: `${next}-05-12T19:30`,
  place_kind: 'adresse',
  place_name: 'Fiktivt Forsamlingshus',
  address: 'Eksempelvej 1, 2500 Valby',
  district: 'Valby',
  online_url: null,
  organiser_name: 'Fiktiv Kantine A.M.B.A.',
  organiser_business: null,
  audiences: ['iværksætter', 'partner'],
  price: 0,
  price_note: null,
  sign_up_url: 'https://kantine.example.dk/tilmelding',
  description: 'Fiktivt eksempel: et aftenmøde, hvor medarbejderejede virksomheder fortæller, hvordan de kom i gang.',
  contact_name: 'Kontakt Person',
  contact_email: 'kontakt@kantine.example.dk',
  consent_publish: true,
  consent_privacy: true,
  ...overrides,
});
