/**
 * The event form's field rules (src/lib/events/fields.ts) on their own: the time rules against a
 * fixed clock, the place that decides which fields count, the Danish price, https-only links, and
 * the kept draft. tests/db/field-rules.test.ts checks that the database names the same problems.
 */
import { describe, expect, it } from 'vitest';
import { emptyDraft, fromInput, toInput, validate, type Draft } from '../../src/lib/events/fields.ts';
import { clearDraft, loadDraft, saveDraft } from '../../src/lib/events/draft.ts';
import { memoryStorage } from '../../src/lib/progress';
import { validEvent } from '../support/event.ts';

const good = (): Draft => fromInput(validEvent() as never);
/** 12:00 in Copenhagen on 1 May 2027 (summer time, UTC+2). */
const NOW = new Date('2027-05-01T10:00:00Z');
const at = (change: Partial<Draft>) => validate({ ...good(), ...change }, NOW);

describe('event fields', () => {
  it('a complete draft has no problems and becomes the database input unchanged', () => {
    expect(validate(good())).toEqual({});
    expect(toInput(good())).toEqual(validEvent());
  });

  it('an empty draft names every required field and nothing optional', () => {
    expect(Object.keys(validate(emptyDraft())).sort()).toEqual(
      [
        'audiences',
        'consent_privacy',
        'consent_publish',
        'contact_email',
        'contact_name',
        'description',
        'end',
        'organiser_name',
        'place_kind',
        'start',
        'title',
      ].sort(),
    );
  });

  it('the start must lie ahead in Copenhagen time: one minute either side of now', () => {
    expect(at({ start: '2027-05-01T12:00', end: '2027-05-01T13:00' })).toEqual({ start: 'past' });
    expect(at({ start: '2027-05-01T12:01', end: '2027-05-01T13:00' })).toEqual({});
    expect(at({ start: '2027-05-01T11:59', end: '2027-05-01T13:00' })).toEqual({ start: 'past' });
  });

  it('a time must exist, and the end must come after the start', () => {
    expect(at({ start: '2027-02-29T10:00' }).start).toBe('dateTime');
    expect(at({ start: '2027-06-01T24:00' }).start).toBe('dateTime');
    expect(at({ start: '2027-06-01' }).start).toBe('dateTime');
    expect(at({ start: '2027-06-01T10:00', end: '2027-06-01T10:00' })).toEqual({ end: 'endBeforeStart' });
    expect(at({ start: '2027-06-01T10:00', end: '2027-06-01T10:01' })).toEqual({});
    // An unreadable start is its own problem; the end is not compared with it.
    expect(at({ start: 'i morgen', end: '2027-06-01T10:00' })).toEqual({ start: 'dateTime' });
  });

  it('the place decides which fields count, and only the chosen place’s fields are sent', () => {
    const online = { ...good(), place_kind: 'online', online_url: 'https://moede.example.dk' };
    expect(validate(online)).toEqual({});
    expect(toInput(online)).toMatchObject({ address: null, district: null, place_name: null, online_url: 'https://moede.example.dk' });
    expect(validate({ ...online, online_url: '' })).toEqual({ online_url: 'required' });
    expect(validate({ ...good(), address: '', district: '' })).toEqual({ address: 'required', district: 'choose' });
  });

  it('links are https only', () => {
    expect(at({ sign_up_url: 'http://x.dk/tilmeld' })).toEqual({ sign_up_url: 'https' });
    expect(at({ sign_up_url: 'https://x.dk/tilmeld' })).toEqual({});
    expect(at({ sign_up_url: '' })).toEqual({});
  });

  it('the price is whole kroner typed the Danish way, 0 to 100.000, or left empty', () => {
    for (const [typed, value] of [
      ['0', 0],
      ['1.250', 1250],
      ['1 250 kr.', 1250],
      ['100.000', 100000],
    ] as const) {
      expect(at({ price: typed })).toEqual({});
      expect(toInput({ ...good(), price: typed }).price).toBe(value);
    }
    expect(toInput({ ...good(), price: '' }).price).toBeNull();
    for (const typed of ['100.001', '-5', '49,50', 'gratis']) expect(at({ price: typed }), typed).toEqual({ price: 'price' });
  });

  it('needs at least one known audience', () => {
    expect(at({ audiences: [] })).toEqual({ audiences: 'choose' });
    expect(at({ audiences: ['borger'] })).toEqual({ audiences: 'choose' });
  });

  it('the draft is kept until the database has accepted it', () => {
    const storage = memoryStorage();
    saveDraft({ ...emptyDraft(), title: 'Halvt skrevet' }, 'abc', storage);
    expect(loadDraft(storage)).toMatchObject({ submissionId: 'abc', draft: { title: 'Halvt skrevet', audiences: [] } });
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
  });
});

describe('the events loader', () => {
  const published = {
    slug: 'fiktivt-netvaerksmoede-2027-05-12',
    title: 'Fiktivt netværksmøde',
    start: '2027-05-12T17:00',
    end: '2027-05-12T19:30',
    place_kind: 'adresse' as const,
    place_name: null,
    address: 'Eksempelvej 1, 2500 Valby',
    district: 'Valby' as const,
    online_url: null,
    organiser_name: 'Fiktiv Kantine',
    organiser_business: 'fiktiv-kantine',
    audiences: ['partner' as const],
    price: null,
    price_note: null,
    sign_up_url: 'https://kantine.example.dk/tilmeld',
    description: 'Fiktivt eksempel: et aftenmøde om fælleseje for nye og gamle medlemmer.',
    published_at: '2026-12-07T12:00:00Z',
  };

  it('turns a published event into a valid entry of the events collection, marked as submitted', async () => {
    const { eventSchema } = await import('../../src/lib/content/schemas.ts');
    const { toEventData } = await import('../../src/data/event-loader.ts');
    const entry = eventSchema.parse(toEventData(published));
    expect(entry).toMatchObject({
      origin: 'indsendt',
      fictional: false,
      place: { kind: 'adresse', address: 'Eksempelvej 1, 2500 Valby', district: 'Valby' },
      organiser: { name: 'Fiktiv Kantine', business: 'fiktiv-kantine' },
      signUpUrl: 'https://kantine.example.dk/tilmeld',
    });
    expect(entry).not.toHaveProperty('price');
    const online = eventSchema.parse(
      toEventData({ ...published, place_kind: 'online', online_url: 'https://moede.example.dk', address: null, district: null, price: 0 }),
    );
    expect(online).toMatchObject({ place: { kind: 'online', url: 'https://moede.example.dk' }, price: 0 });
  });
});
