/**
 * The English network page (/en/network/): the same keys as da/events.ts. Partial on purpose: the
 * events pages stay Danish (the events are Danish-language events), so only the network's and the
 * chrome's strings are translated.
 */
import type { events as da } from '../da/events.ts';
import type { Message } from '../translate.ts';

export const events: Partial<Record<keyof typeof da, Message>> = {
  'nav.events': 'Events',
  'nav.network': 'Network and help',
  'type.arrangement': 'Event',
  'type.organisation': 'Organisation',
  'events.all': 'All events',

  'network.title': 'Network and help',
  'network.lead':
    'Organisations a founder, a cooperative business or a buyer can turn to: membership, advice, finance, courses and networks. Only what the organisations’ own pages and other public sources confirm.',
  'network.byKind': 'Kind',
  'network.offers': 'Offers',
  'network.forWhom': 'For whom',
  'network.website': 'Website',
  'network.directoryEntry': 'Also in the business directory',
  'network.organisationPage': 'See the organisation under Network and help (in Danish)',
  'network.all': 'All organisations',
  'network.count': { by: 'count', one: '{count} organisation', other: '{count} organisations' },
  'orgKind.medlemsorganisation': 'Member and interest organisations',
  'orgKind.netvaerk': 'Networks',
  'orgKind.finansiering': 'Finance',
  'orgKind.videnscenter': 'Knowledge and guidance',
  'orgKind.myndighed': 'Public authorities',
  'orgOffer.medlemskab': 'Membership',
  'orgOffer.raadgivning': 'Advice',
  'orgOffer.finansiering': 'Finance',
  'orgOffer.kurser': 'Courses and events',
  'orgOffer.netvaerk': 'Networking',
  'orgOffer.registrering': 'Registration',
};
