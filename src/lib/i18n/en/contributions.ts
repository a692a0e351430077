/**
 * The directory's category labels in English (offers, inclusive jobs): the same keys as
 * da/contributions.ts. Partial on purpose: the submission forms stay Danish, so only the labels the
 * English directory shows are translated here.
 */
import type { contributions as da } from '../da/contributions.ts';
import type { Message } from '../translate.ts';

export const contributions: Partial<Record<keyof typeof da, Message>> = {
  'offer.mad-og-catering': 'Food and catering',
  'offer.rengoering-og-service': 'Cleaning and facility services',
  'offer.it-og-digitalt': 'IT and digital services',
  'offer.byggeri-og-haandvaerk': 'Building and crafts',
  'offer.tryk-og-grafisk': 'Printing and graphic design',
  'offer.konsulent-og-raadgivning': 'Consultancy and advice',
  'offer.groent-og-udearealer': 'Green spaces and grounds',
  'offer.transport-og-flytning': 'Transport, bicycles and removals',
  'offer.tekstil-og-vask': 'Textiles and laundry',
  'offer.kultur-og-events': 'Culture and events',
  'offer.energi': 'Energy',
  'offer.beskaeftigelse-og-socialt': 'Employment and social services',
  'offer.juridisk-raadgivning': 'Legal advice',
  'offer.kommunikation-og-medier': 'Communication and media',
  'offer.undervisning-og-kurser': 'Teaching and courses',
  'offer.bank-og-finansiering': 'Banking and finance',
  'offer.detailhandel': 'Shops and retail',
  'offer.netvaerk-og-interesse': 'Networks and interest organisations',
  'offer.andet': 'Other',
  // Danish schemes: the Danish name stays in brackets, as a reader will meet it in Danish.
  'inclusiveJob.fleksjob': 'Flexjob (fleksjob)',
  'inclusiveJob.loentilskud': 'Wage subsidy (løntilskud)',
  'inclusiveJob.virksomhedspraktik': 'Work placement (virksomhedspraktik)',
};
