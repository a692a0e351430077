/**
 * After the rebuild (publishing.spec.ts), the event a partner sent and an editor approved
 * (event-submission.spec.ts) is on /arrangementer/, on its own page, on its organiser's directory
 * entry, in the calendar feeds as a parser reads them, and in search; its contact data nowhere.
 */
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { EVENT_BUSINESS, EVENT_SEARCH_WORD, EVENT_TITLE, EVENT_YEAR } from './event-fixture.ts';

test('the approved event is listed, has its page, and links its organiser both ways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/arrangementer/');
  const card = page.locator('.event-card', { hasText: EVENT_TITLE });
  await expect(card, 'the event approved in event-submission.spec.ts').toBeVisible();
  await expectNoAxeViolations(page);
  await card.getByRole('link', { name: EVENT_TITLE }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENT_TITLE);
  const facts = page.locator('.event-facts');
  await expect(facts).toContainText(`10. juni ${EVENT_YEAR}, kl. 17.00–19.30`);
  await expect(facts).toContainText('Eksempelgade 12, 2200 København N');
  await expect(facts).toContainText('Gratis');
  await expect(facts.getByRole('link', { name: 'Tilmeld dig hos arrangøren' })).toHaveAttribute(
    'href',
    'https://vaerksted.example.dk/tilmeld',
  );
  await expect(page.getByText('Arrangøren har selv sendt oplysningerne', { exact: false })).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/kontakt-[a-z0-9]+@vaerksted\.example\.dk/);
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((b) => JSON.parse(b))
    .find((b) => b['@type'] === 'Event');
  expect(jsonLd).toMatchObject({ name: EVENT_TITLE, startDate: `${EVENT_YEAR}-06-10T17:00:00+02:00` });
  await expectNoAxeViolations(page);

  await facts.getByRole('link', { name: EVENT_BUSINESS }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENT_BUSINESS);
  await expect(page.getByRole('link', { name: EVENT_TITLE })).toBeVisible();
});

test('the event is in the feed for all and in its audiences’ feeds, read by a calendar parser', async ({ request }) => {
  const read = async (url: string) => {
    const response = await request.get(url);
    expect(response.headers()['content-type'], url).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text).not.toMatch(/kontakt-[a-z0-9]+@vaerksted/);
    const root = new ICAL.Component(ICAL.parse(text));
    for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };
  const mine = (await read('/arrangementer/kalender.ics')).find((e) => e.summary === EVENT_TITLE);
  expect(mine, 'the title with its comma and semicolon comes back unescaped').toBeTruthy();
  expect(mine!.startDate.toJSDate().toISOString()).toBe(`${EVENT_YEAR}-06-10T15:00:00.000Z`);
  expect(mine!.location).toContain('Eksempelgade 12');
  expect((await read('/arrangementer/kalender/partner.ics')).map((e) => e.summary)).toContain(EVENT_TITLE);
  expect((await read('/arrangementer/kalender/revisor.ics')).map((e) => e.summary)).not.toContain(EVENT_TITLE);
});

test('search finds the event', async ({ page }) => {
  await page.goto(`/soeg/?q=${EVENT_SEARCH_WORD.toLowerCase()}`);
  const result = page.locator('.result-title a', { hasText: EVENT_TITLE }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENT_TITLE);
});
