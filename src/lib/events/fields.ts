/**
 * The event form ("indsend et arrangement"): its fields and rules, the same as
 * private.event_problems() in the database (tests/db/field-rules.test.ts compares them).
 * Times are Copenhagen wall-clock times as `<input type="datetime-local">` gives them:
 * "2027-05-12T17:00". Links are https only; a price is whole kroner, typed the Danish way.
 */
import { AREAS, AUDIENCES } from '../content/taxonomy.ts';
import { readDanishNumber } from '../danish-number.ts';
import { choice, choices, collect, consent, email, https, length, type Problem } from '../fields/rules.ts';
import type { EventInput } from '../supabase/types.ts';
import { parseLocal, toInstant } from './time.ts';

export const LIMITS = {
  title: [5, 160],
  place_name: [0, 120],
  address: [5, 200],
  organiser_name: [2, 120],
  price_note: [0, 200],
  description: [40, 800],
  contact_name: [2, 120],
} as const;

export const PLACE_KINDS = ['adresse', 'online'] as const;
export const MAX_PRICE = 100_000;

/** What the form holds while someone types: text, so nothing typed is lost to a parse. */
export interface Draft {
  title: string;
  start: string;
  end: string;
  place_kind: string;
  place_name: string;
  address: string;
  district: string;
  online_url: string;
  organiser_name: string;
  /** The slug of the organiser's directory entry, or '' for none. */
  organiser_business: string;
  audiences: string[];
  price: string;
  price_note: string;
  sign_up_url: string;
  description: string;
  contact_name: string;
  contact_email: string;
  consent_publish: boolean;
  consent_privacy: boolean;
}
export type Field = keyof Draft;

export const emptyDraft = (): Draft => ({
  title: '',
  start: '',
  end: '',
  place_kind: '',
  place_name: '',
  address: '',
  district: '',
  online_url: '',
  organiser_name: '',
  organiser_business: '',
  audiences: [],
  price: '',
  price_note: '',
  sign_up_url: '',
  description: '',
  contact_name: '',
  contact_email: '',
  consent_publish: false,
  consent_privacy: false,
});

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A date and time that exists, as "ÅÅÅÅ-MM-DDTTT:MM"; null when it is not one. */
function wallClock(value: string): string | null {
  const v = value.trim();
  if (!WALL_CLOCK.test(v)) return null;
  try {
    parseLocal(v);
    return v;
  } catch {
    return null;
  }
}

function startProblem(value: string, now: Date): Problem | null {
  if (!value.trim()) return 'required';
  const start = wallClock(value);
  if (!start) return 'dateTime';
  return toInstant(start).getTime() > now.getTime() ? null : 'past';
}

/** Wall-clock strings of the same form compare in time order, as the database compares timestamps. */
function endProblem(end: string, start: string): Problem | null {
  if (!end.trim()) return 'required';
  const e = wallClock(end);
  if (!e) return 'dateTime';
  const s = wallClock(start);
  return s && e <= s ? 'endBeforeStart' : null;
}

/** Whole kroner from 0 to 100.000; empty means "not stated". */
export function readPrice(value: string): { value: number | null } | { problem: Problem } {
  if (!value.trim()) return { value: null };
  const read = readDanishNumber(value);
  if (!read.ok || !Number.isInteger(read.value) || read.value < 0 || read.value > MAX_PRICE) return { problem: 'price' };
  return { value: read.value };
}

export function validate(d: Draft, now = new Date()): Partial<Record<Field, Problem>> {
  const atAddress = d.place_kind === 'adresse';
  const online = d.place_kind === 'online';
  const price = readPrice(d.price);
  return collect<Field>([
    ['title', length(d.title, LIMITS.title)],
    ['start', startProblem(d.start, now)],
    ['end', endProblem(d.end, d.start)],
    ['place_kind', choice(d.place_kind, PLACE_KINDS)],
    ['place_name', atAddress ? length(d.place_name, LIMITS.place_name) : null],
    ['address', atAddress ? length(d.address, LIMITS.address) : null],
    ['district', atAddress ? choice(d.district, AREAS) : null],
    ['online_url', online ? https(d.online_url, true) : null],
    ['organiser_name', length(d.organiser_name, LIMITS.organiser_name)],
    [
      'organiser_business',
      !d.organiser_business || (SLUG.test(d.organiser_business) && d.organiser_business.length <= 100) ? null : 'choose',
    ],
    ['audiences', choices(d.audiences, AUDIENCES, 1)],
    ['price', 'problem' in price ? price.problem : null],
    ['price_note', length(d.price_note, LIMITS.price_note)],
    ['sign_up_url', https(d.sign_up_url, false)],
    ['description', length(d.description, LIMITS.description)],
    ['contact_name', length(d.contact_name, LIMITS.contact_name)],
    ['contact_email', email(d.contact_email, true)],
    ['consent_publish', consent(d.consent_publish)],
    ['consent_privacy', consent(d.consent_privacy)],
  ]);
}

/**
 * The draft as the database function takes it: only the chosen place's fields, empty optional text
 * as null. A price that cannot be read goes as typed, so the database names the same problem.
 */
export function toInput(d: Draft): EventInput {
  const atAddress = d.place_kind === 'adresse';
  const price = readPrice(d.price);
  const orNull = (v: string) => v.trim() || null;
  return {
    title: d.title.trim(),
    start: d.start.trim(),
    end: d.end.trim(),
    place_kind: d.place_kind as EventInput['place_kind'],
    place_name: atAddress ? orNull(d.place_name) : null,
    address: atAddress ? d.address.trim() : null,
    district: atAddress ? (d.district as EventInput['district']) : null,
    online_url: d.place_kind === 'online' ? d.online_url.trim() : null,
    organiser_name: d.organiser_name.trim(),
    organiser_business: d.organiser_business || null,
    audiences: d.audiences as EventInput['audiences'],
    price: 'problem' in price ? (d.price.trim() as never) : price.value,
    price_note: orNull(d.price_note),
    sign_up_url: orNull(d.sign_up_url),
    description: d.description.trim(),
    contact_name: d.contact_name.trim(),
    contact_email: d.contact_email.trim(),
    consent_publish: d.consent_publish,
    consent_privacy: d.consent_privacy,
  };
}

/** A stored submission back in the form. */
export function fromInput(s: Partial<EventInput>): Draft {
  const d = emptyDraft();
  return {
    ...d,
    ...Object.fromEntries(Object.entries(s).filter(([k, v]) => k in d && typeof v === 'string')),
    audiences: [...(s.audiences ?? [])],
    price: typeof s.price === 'number' ? String(s.price) : '',
    consent_publish: s.consent_publish ?? false,
    consent_privacy: s.consent_privacy ?? false,
  };
}
