/**
 * Events and the ecosystem in the built site: the list and the archive split by the build's clock,
 * an event page with its JSON-LD, the calendar files as a calendar program receives them, links
 * from a district page, an organiser's directory entry and an organisation, and axe in both schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';

const EVENT = '/arrangementer/fiktivt-aabent-hus-cykelvaerksted/';
const PAST_EVENT = '/arrangementer/middelgrunden-interessentskabsmoede-2020/';

/** The JSON-LD fields this test reads; the rest are checked by name. */
interface EventJsonLd {
  '@type': string;
  '@context': string;
  location: { '@type': string; address?: unknown };
  url: string;
  [field: string]: unknown;
}

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b) as EventJsonLd).find((b) => b['@type'] === 'Event');
}

test('upcoming events are listed by date, past ones are in the archive, and the page says when it was built', async ({ page }) => {
  await page.goto('/arrangementer/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arrangementer');
  await expect(page.getByText(/^Listen er opdateret \d+\. \w+ \d{4} kl\. \d{2}\.\d{2}\./)).toBeVisible();
  const starts = await page.locator('.event-list time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(starts.length).toBeGreaterThanOrEqual(4);
  const instants = starts.map((s) => new Date(s.length === 10 ? `${s}T00:00:00+01:00` : s).getTime());
  expect(instants, 'sorted by start').toEqual([...instants].sort((a, b) => a - b));
  for (const t of instants) expect(t).toBeGreaterThan(new Date('2026-12-07T00:00:00Z').getTime());
  await expect(page.getByRole('link', { name: 'Interessentskabsmøde i Middelgrundens Vindmøllelaug 2020' })).toHaveCount(0);
  // The International Day of Cooperatives: the first Saturday of July 2027 is the 3rd.
  await expect(page.locator('.event-card', { hasText: "FN's internationale kooperative dag 2027" }).locator('time')).toHaveText(
    'lørdag den 3. juli 2027, hele dagen',
  );
  await expect(page.locator('.event-card', { hasText: 'Åbent hus' }).getByText('Fiktivt eksempel')).toBeVisible();

  await page.getByRole('link', { name: 'Tidligere arrangementer (arkiv)' }).click();
  await expect(page).toHaveURL('/arrangementer/arkiv/');
  const past = page.locator('.event-list .event-card h2');
  await expect(past).toHaveText(['Interessentskabsmøde i Middelgrundens Vindmøllelaug 2020', 'Kooperationens årsmøde 2017']);
});

test('an event page shows the facts, marks a fictional event and carries schema.org Event JSON-LD', async ({ page }) => {
  await page.goto(EVENT);
  await expect(page.getByText('Fiktivt eksempel: dette arrangement findes ikke.')).toBeVisible();
  await expect(page.locator('.event-facts')).toContainText('torsdag den 18. februar 2027, kl. 16.00–18.30');
  await expect(page.locator('.event-facts').getByRole('link', { name: 'Nørrebro' })).toHaveAttribute(
    'href',
    '/virksomheder/bydel/noerrebro/',
  );
  const data = await jsonLd(page);
  expect(data).toBeDefined();
  for (const field of [
    'name',
    'startDate',
    'endDate',
    'location',
    'eventStatus',
    'eventAttendanceMode',
    'organizer',
    'offers',
    'description',
    'url',
  ])
    expect(data, field).toHaveProperty(field);
  expect(data!['@context']).toBe('https://schema.org');
  expect(data!.startDate).toBe('2027-02-18T16:00:00+01:00');
  expect(data!.location['@type']).toBe('Place');
  expect(data!.location.address).toMatchObject({ '@type': 'PostalAddress', postalCode: '2200' });
  expect(data!.offers).toMatchObject({ price: 0, priceCurrency: 'DKK' });
  expect(new URL(data!.url).pathname).toBe(EVENT);

  await page.goto('/arrangementer/fiktivt-online-kursus-regnskab/');
  const online = await jsonLd(page);
  expect(online!.location['@type']).toBe('VirtualLocation');
  expect(online!.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
});

test('»Tilføj til kalender« downloads an .ics with content-type text/calendar that a calendar parser reads', async ({ page, request }) => {
  await page.goto(EVENT);
  const href = await page.getByRole('link', { name: 'Tilføj til kalender (.ics)' }).getAttribute('href');
  expect(href).toBe('/arrangementer/fiktivt-aabent-hus-cykelvaerksted.ics');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const text = await response.text();
  expect(text).toMatch(/\r\n$/);
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(1);
  expect(events[0]!.summary).toBe('Åbent hus i et arbejderkooperativ (fiktivt eksempel)');
  expect(events[0]!.uid).toBe('fiktivt-aabent-hus-cykelvaerksted@127.0.0.1');
  expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-02-18T15:00:00.000Z');
});

test('the feed for all events and the feed per audience hold the right events', async ({ request }) => {
  const read = async (url: string) => {
    const response = await request.get(url);
    expect(response.headers()['content-type'], url).toMatch(/^text\/calendar/);
    const root = new ICAL.Component(ICAL.parse(await response.text()));
    return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid.split('@')[0]);
  };
  const all = await read('/arrangementer/kalender.ics');
  expect(all).toHaveLength(6);
  const buyers = await read('/arrangementer/kalender/indkoeber.ics');
  expect(buyers).toContain('fiktivt-netvaerksmoede-indkoebere');
  expect(buyers).not.toContain('fiktivt-online-kursus-regnskab');
  expect(await read('/arrangementer/kalender/revisor.ics')).toContain('fiktivt-online-kursus-regnskab');
});

test('a district page links to the events held there', async ({ page }) => {
  await page.goto('/virksomheder/bydel/indre-by/');
  await expect(page.getByRole('heading', { name: 'Arrangementer i Indre By' })).toBeVisible();
  await page.getByRole('link', { name: 'Interessentskabsmøde i Middelgrundens Vindmøllelaug 2020' }).click();
  await expect(page).toHaveURL(PAST_EVENT);
  await expect(page.getByText('Arrangementet er slut.')).toBeVisible();
});

test('an organiser’s directory entry lists its events, and the event links back to the entry', async ({ page }) => {
  await page.goto('/virksomheder/middelgrundens-vindmoellelaug/');
  await page.getByRole('link', { name: 'Interessentskabsmøde i Middelgrundens Vindmøllelaug 2020' }).click();
  await expect(page).toHaveURL(PAST_EVENT);
  await page.locator('.event-facts').getByRole('link', { name: 'Middelgrundens Vindmøllelaug' }).click();
  await expect(page).toHaveURL('/virksomheder/middelgrundens-vindmoellelaug/');
});

test('an organisation and its directory entry link both ways, and an organisation lists its events', async ({ page }) => {
  await page.goto('/netvaerk/');
  await expect(page.locator('main .card')).toHaveCount(8);
  await page.getByRole('link', { name: 'Merkur Andelskasse' }).click();
  await expect(page).toHaveURL('/netvaerk/merkur-andelskasse/');
  await page.getByRole('link', { name: 'Står også i virksomhedsoversigten' }).click();
  await expect(page).toHaveURL('/virksomheder/merkur-andelskasse/');
  await page.getByRole('link', { name: 'Se organisationen under Netværk og hjælp' }).click();
  await expect(page).toHaveURL('/netvaerk/merkur-andelskasse/');

  await page.goto('/netvaerk/kooperationen/');
  await expect(page.getByRole('link', { name: 'Kooperationens årsmøde 2017' })).toBeVisible();
});

test('the footer leads to the events and the ecosystem', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('navigation', { name: 'Om sitet' });
  await expect(footer.getByRole('link', { name: 'Arrangementer' })).toHaveAttribute('href', '/arrangementer/');
  await expect(footer.getByRole('link', { name: 'Netværk og hjælp' })).toHaveAttribute('href', '/netvaerk/');
});

for (const scheme of ['light', 'dark'] as const)
  for (const url of [
    '/arrangementer/',
    '/arrangementer/arkiv/',
    EVENT,
    '/netvaerk/',
    '/netvaerk/merkur-andelskasse/',
    '/virksomheder/bydel/indre-by/',
  ])
    test(`axe finds nothing on ${url} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

test('events and organisations are in the search index with their own types', async ({ page }) => {
  await page.goto('/soeg/?q=arbejderkooperativ&type=Arrangement');
  await expect(page.locator('.search-result a').first()).toHaveAttribute('href', /\/arrangementer\/fiktivt-aabent-hus-cykelvaerksted\//);
  await page.goto('/soeg/?q=andelskasse&type=Organisation');
  await expect(page.locator('.search-result a').first()).toHaveAttribute('href', /\/netvaerk\/merkur-andelskasse\//);
});
