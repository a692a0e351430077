/**
 * Each audience reaches its task in one click from the front page (its card under "Find din vej")
 * and from any page (the footer's "Find din vej"); the advisor list is in the main menu.
 */
import { expect, test, type Page } from '@playwright/test';

const PATHS: { audience: string; tasks: { link: string; url: string | RegExp; heading: string | RegExp }[] }[] = [
  {
    audience: 'Indkøbere',
    tasks: [
      { link: 'Find leverandører', url: '/virksomheder/', heading: 'Virksomheder i København' },
      { link: 'Formuleringer til sociale klausuler', url: '/vaerktoejer/klausuler/', heading: 'Formuleringer til indkøbere' },
      {
        link: 'Tjek, hvilke udbudsregler der gælder',
        url: '/vaerktoejer/udbudstjek/',
        heading: 'Hvilke udbudsregler gælder for indkøbet?',
      },
    ],
  },
  {
    audience: 'Iværksættere',
    tasks: [
      { link: 'Find den virksomhedsform, der passer', url: '/vaerktoejer/virksomhedsform/', heading: 'Hvilken virksomhedsform passer?' },
      { link: 'Skriv et udkast til vedtægter', url: '/vaerktoejer/vedtaegter/', heading: 'Udkast til vedtægter' },
      {
        link: 'Tjekliste til det første år',
        url: '/vaerktoejer/tjekliste/det-foerste-aar/',
        heading: 'Tjekliste: kooperativets første år',
      },
    ],
  },
  {
    audience: 'Partnere',
    tasks: [
      { link: 'Tilmeld jeres virksomhed', url: '/virksomheder/tilmeld/', heading: 'Tilmeld virksomhed' },
      { link: 'Indsend jeres historie', url: '/indsend/', heading: /Indsend/ },
    ],
  },
  {
    audience: 'Arbejdsgivere',
    tasks: [
      { link: 'Kurset Den rummelige arbejdsplads', url: '/kurser/den-rummelige-arbejdsplads/', heading: 'Den rummelige arbejdsplads' },
      {
        link: 'Beregn løn og tilskud i et fleksjob',
        url: '/vaerktoejer/fleksjob/',
        heading: 'Beregn løn og fleksløntilskud i et fleksjob',
      },
      {
        link: 'Tjekliste: klar til at ansætte',
        url: '/vaerktoejer/tjekliste/klar-til-at-ansaette/',
        heading: /^Tjekliste: klar til at ansætte/,
      },
      { link: 'Virksomheder med rummelige job', url: '/virksomheder/?rummelige=mindst-en', heading: 'Virksomheder i København' },
    ],
  },
  ...['Revisorer', 'Rådgivere'].map((audience) => ({
    audience,
    tasks: [
      { link: 'Kurser til dig', url: /\/kurser\/\?maalgruppe=/, heading: 'Kurser' },
      { link: 'Dine kursusbeviser og timer', url: '/min-side/#beviser', heading: 'Min side' },
      { link: 'Rådgivere, der har taget kurserne', url: '/raadgivere/', heading: 'Rådgivere, der har taget kurserne' },
    ],
  })),
];

const card = (page: Page, audience: string) =>
  page.locator('.paths > li').filter({ has: page.getByRole('heading', { level: 3, name: audience, exact: true }) });

for (const { audience, tasks } of PATHS) {
  test(`${audience} reach their tasks in one click from the front page`, async ({ page }) => {
    for (const task of tasks) {
      await page.goto('/');
      await card(page, audience).getByRole('link', { name: task.link, exact: true }).click();
      await expect(page).toHaveURL(task.url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(task.heading);
    }
  });
}

test('employers reach the stories of inclusive workplaces, filtered, in one click', async ({ page }) => {
  await page.goto('/');
  await card(page, 'Arbejdsgivere').getByRole('link', { name: 'Historier om rummelige arbejdspladser', exact: true }).click();
  await expect(page).toHaveURL('/historier/?princip=inkluderende-arbejdsmarked');
  await expect(page.getByLabel('Visionens princip')).toHaveValue('inkluderende-arbejdsmarked');
  for (const story of ['send-flere-krydderier', 'logik-og-co'])
    await expect(page.locator(`#story-list > li:visible a[href="/historier/${story}/"]`).first()).toBeVisible();
});

test('every task is one click from any page, and the advisor list is in the main menu', async ({ page }) => {
  await page.goto('/ordbog/');
  const footer = page.getByRole('navigation', { name: 'Find din vej' });
  for (const { audience, tasks } of PATHS.filter((p) => p.audience !== 'Revisorer' && p.audience !== 'Rådgivere')) {
    for (const task of tasks)
      await expect(footer.getByRole('link', { name: task.link, exact: true }), `${audience}: ${task.link}`).toHaveAttribute(
        'href',
        typeof task.url === 'string' ? task.url : /./,
      );
  }
  await expect(footer.getByRole('heading', { name: 'Revisorer og rådgivere' })).toBeVisible();
  await expect(footer.getByRole('link', { name: 'Dine kursusbeviser og timer' })).toHaveAttribute('href', '/min-side/#beviser');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Rådgivere', exact: true }).click();
  await expect(page).toHaveURL('/raadgivere/');
  await expect(page.getByRole('link', { name: 'Rådgivere', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('a signed-out visitor is told to sign in before filling in the registration', async ({ page }) => {
  await page.goto('/virksomheder/tilmeld/');
  const notice = page.locator('#sign-in-first');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Du skal være logget ind');
  await expect(notice.getByRole('link', { name: 'Log ind og kom tilbage hertil' })).toHaveAttribute(
    'href',
    '/log-ind/?next=/virksomheder/tilmeld/',
  );
  // Before the form, so it is read first.
  const [noticeY, formY] = await Promise.all([notice.boundingBox(), page.locator('form.contribution-form').boundingBox()]);
  expect(noticeY!.y).toBeLessThan(formY!.y);
});
