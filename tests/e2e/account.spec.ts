import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FIRST_COURSE, lessonsOf } from '../support/content.ts';
import { cpdPeriod } from '../../src/lib/account/cpd.ts';
import {
  answerAssessment,
  answerQuiz,
  codeFor,
  expectNoAxeViolations,
  hydrated,
  knowledgeCheck,
  mailFor,
  signIn,
  uniqueEmail,
} from './helpers.ts';

const lessons = lessonsOf(FIRST_COURSE);
const outbox = (page: Page) => page.evaluate(() => localStorage.getItem('fv:outbox'));

test('the whole learner journey: guest, sign-in, offline, certificate, verification, export, deletion', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('kursist');

  // As a guest: pass the first lesson.
  await page.goto(lessons[0]!.url);
  await answerQuiz(page, lessons[0]!);
  await expect(page.getByText('Bestået. Lektionen er gennemført.')).toBeVisible();

  // Sign in with the code from the gateway; the guest's progress moves to the account.
  await signIn(page, email);
  await expect(page.getByText(`Logget ind som ${email}.`)).toBeVisible();
  await expect(page.locator('main').getByText('20 % gennemført')).toBeVisible();
  await expectNoAxeViolations(page);

  // Another device sees it after signing in.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await otherPage.goto(`/kurser/${FIRST_COURSE}/`);
  await expect(otherPage.getByText(`1 af ${lessons.length} lektioner gennemført`)).toBeVisible();
  await other.close();

  // Offline: finish a lesson; it waits, then syncs when the connection is back.
  await page.goto(lessons[1]!.url);
  await expect(page.getByText('Gemt på din konto.')).toBeVisible();
  // The learner reads down to the check (its code loads as it comes into view), then loses the connection.
  await knowledgeCheck(page);
  await page.context().setOffline(true);
  await answerQuiz(page, lessons[1]!);
  await expect(page.getByText('Bestået. Lektionen er gennemført.')).toBeVisible();
  await expect(page.locator('[data-sync="waiting"]')).toBeVisible();
  await page.context().setOffline(false);
  await expect(page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => outbox(page)).toBeNull();

  // The rest of the course.
  expect(lessons.length).toBeGreaterThan(2);
  for (const lesson of lessons.slice(2)) {
    await page.goto(lesson.url);
    await answerQuiz(page, lesson);
    await expect(page.getByText('Bestået. Lektionen er gennemført.')).toBeVisible();
  }
  // The last attempt may still be on its way: my page sends what waits before it shows anything.

  // My page: the certificate needs a name first.
  await page.goto('/min-side/');
  const completed = page.locator(`[data-course="${FIRST_COURSE}"]`);
  await completed.getByRole('button', { name: 'Udsted kursusbevis' }).click();
  // Every missing step at once, each a link: the name (to the profile) and the assessment.
  const missing = completed.locator('.missing-steps');
  await expect(missing).toHaveAttribute('role', 'alert');
  await expect(missing.getByRole('link', { name: 'Skriv dit navn, som det skal stå på kursusbeviset' })).toHaveAttribute(
    'href',
    '#profile-name',
  );
  await expect(missing.getByRole('link', { name: 'Bestå den afsluttende prøve' })).toHaveAttribute(
    'href',
    `/kurser/${FIRST_COURSE}/proeve/`,
  );
  await missing.getByRole('link', { name: 'Skriv dit navn, som det skal stå på kursusbeviset' }).click();
  await expect(page.getByLabel('Navn på kursusbeviser')).toBeInViewport();
  await page.getByLabel('Navn på kursusbeviser').fill('Karen Kursist');
  await page.getByLabel('Profession').selectOption('revisor');
  await page.getByRole('button', { name: 'Gem profil' }).click();
  await expect(page.getByText('Profilen er gemt.')).toBeVisible();
  // Every lesson passed with the answers any reader finds in the pages is not enough.
  await completed.getByRole('button', { name: 'Udsted kursusbevis' }).click();
  await expect(completed.locator('.missing-steps li')).toHaveText(['Bestå den afsluttende prøve']);
  await completed.getByRole('link', { name: 'Bestå den afsluttende prøve' }).click();

  // The assessment, graded by the database; then the certificate from its result.
  await expect(page).toHaveURL(`/kurser/${FIRST_COURSE}/proeve/`);
  await page.getByRole('button', { name: 'Start prøven' }).click();
  await answerAssessment(page, FIRST_COURSE);
  await expect(page.getByText(/^Bestået: 5 af 5 rigtige \(100 %\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Udsted kursusbevis' }).click();
  await page.getByRole('link', { name: 'Vis kursusbevis' }).click();

  // The printable certificate.
  await expect(page).toHaveURL(/\/min-side\/kursusbevis\/\?kode=/);
  const certificate = page.locator('article.certificate');
  await expect(certificate).toContainText('Karen Kursist');
  await expect(certificate).toContainText('Anden relevant lovgivning og faglige standarder');
  await expect(certificate).toContainText(/Bestået \d+\. \w+ \d{4} med 100 % rigtige/);
  const code = (await certificate.locator('.certificate-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Udskriv eller gem som PDF' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Anyone can verify it, and sees only name, course, dates, hours and the assessment's score.
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(`/bevis/?kode=${code.toLowerCase()}`);
  await expect(visitor.getByText('Kursusbeviset er gyldigt.')).toBeVisible();
  await expect(visitor.locator('dl')).toContainText('Karen Kursist');
  await expect(visitor.locator('dl')).toContainText('med 100 % rigtige');
  await expect(visitor.locator('main')).not.toContainText(email);
  await expectNoAxeViolations(visitor);
  await visitor.getByLabel('Bekræftelseskode').fill('AAAA-BBBB-CCCC');
  await visitor.getByRole('button', { name: 'Bekræft' }).click();
  await expect(visitor.getByText('Vi kan ikke finde et kursusbevis med koden AAAA-BBBB-CCCC.', { exact: false })).toBeVisible();

  // Min side: the certificate's hours in their three-year CPD period, as CSV and as a printable page.
  await page.goto('/min-side/');
  const period = cpdPeriod(new Date().toISOString().slice(0, 10));
  const cpd = page.locator('section', { has: page.getByRole('heading', { name: 'Timer til efteruddannelse' }) });
  await expect(cpd.getByRole('heading', { name: `Periode ${period.from}–${period.to}` })).toBeVisible();
  await expect(cpd.locator('tbody tr')).toHaveCount(1);
  await expect(cpd.locator('tbody tr')).toContainText(code);
  await expect(cpd.locator('tfoot')).toContainText('Anden relevant lovgivning og faglige standarder');
  await expect(cpd.getByRole('link', { name: /Erhvervsstyrelsens vejledning/ })).toHaveAttribute('href', /erhvervsstyrelsen\.dk/);
  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    cpd.getByRole('button', { name: 'Hent som CSV (regneark)' }).click(),
  ]);
  const csv = readFileSync((await csvFile.path())!, 'utf8');
  expect(csv).toContain('Karen Kursist');
  expect(csv).toMatch(
    new RegExp(
      `^${period.from}-${period.to};[^\\n]*;Anden relevant lovgivning og faglige standarder;\\d{4}-\\d{2}-\\d{2};1,5;${code}\\r$`,
      'm',
    ),
  );
  await cpd.getByRole('link', { name: 'Vis udskriftsvenlig oversigt' }).click();
  await expect(page).toHaveURL('/min-side/efteruddannelse/');
  await expect(page.getByText('Deltager: Karen Kursist')).toBeVisible();
  await expect(page.locator('tbody tr')).toContainText(code);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Udskriv eller gem som PDF' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // With a valid certificate the learner may stand on the public advisor list: name and course
  // come from the certificate; leaving and coming back works at once; a revocation removes them.
  await page.goto('/min-side/');
  const listing = page.locator('section', { has: page.getByRole('heading', { name: 'Stå på listen over rådgivere' }) });
  await listing.getByRole('button', { name: 'Gem og vis mig på listen' }).click();
  await expect(listing.locator('.error-summary')).toBeFocused();
  await expect(listing.locator('#listing-contact-problem')).toHaveText(
    'Skriv en webadresse, der begynder med https://, eller en e-mailadresse.',
  );
  await listing
    .locator('.error-summary')
    .getByRole('link', { name: /Skriv en webadresse/ })
    .click();
  await expect(listing.locator('#listing-contact')).toBeFocused();
  await listing.getByLabel('Fag').selectOption('revisor');
  await listing.getByLabel('By').fill('København');
  await listing.getByLabel('Kort om dit arbejde (20–600 tegn)').fill('Reviderer andelsselskaber og foreninger i hovedstaden.');
  await listing.getByLabel('Kontakt: en webside (https://…) eller en e-mailadresse').fill('karen@example.dk');
  await listing.getByRole('button', { name: 'Gem og vis mig på listen' }).click();
  await expect(listing.getByText('Du står nu på listen over rådgivere.')).toBeVisible();
  await visitor.goto(`/raadgivere/?kursus=${FIRST_COURSE}&fag=revisor`);
  const advisor = visitor.locator('.advisor-list li.card', { hasText: 'Karen Kursist' });
  await expect(advisor).toContainText('Revisor · København');
  await expect(advisor.getByRole('link', { name: `tjek bevis ${code}` })).toHaveAttribute('href', `/bevis/?kode=${code}`);
  await expect(advisor.getByRole('link', { name: /Kontakt: karen@example\.dk/ })).toHaveAttribute('href', 'mailto:karen@example.dk');
  await expectNoAxeViolations(visitor);
  await listing.getByRole('button', { name: 'Fjern mig fra listen' }).click();
  await expect(listing.getByText('Du er fjernet fra listen.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.locator('.advisor-list li.card', { hasText: 'Karen Kursist' })).toHaveCount(0);
  await listing.getByRole('button', { name: 'Gem og vis mig på listen' }).click();
  await expect(listing.getByText('Du står nu på listen over rådgivere.')).toBeVisible();

  // An editor revokes it with a reason: the public check says revoked and when, never why;
  // the learner sees it on my page; the trail names who did it.
  const reason = 'Prøven blev taget af en anden end deltageren.';
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, 'redaktoer@example.dk');
  await editor.goto('/redaktion/');
  const revocation = await hydrated(editor, '.revocation');
  await revocation.locator('#revoke-code').fill(code);
  await revocation.getByRole('button', { name: 'Find kursusbevis' }).click();
  await expect(revocation.getByText(/^Karen Kursist, .* med 100 %\.$/)).toBeVisible();
  await revocation.getByLabel('Begrundelse').fill(reason);
  await revocation.getByRole('button', { name: 'Tilbagekald kursusbeviset' }).click();
  await expect(revocation.getByText(`Kursusbeviset ${code} er tilbagekaldt.`)).toBeVisible();
  await expect(revocation.locator('.revocation-trail li')).toContainText([
    new RegExp(`${code} .* tilbagekaldt af Rikke Redaktør\\. Begrundelse: ${reason}`),
  ]);
  await expectNoAxeViolations(editor);
  await editorContext.close();
  await visitor.goto(`/bevis/?kode=${code}`);
  await expect(
    visitor.getByText(/^Kursusbeviset er tilbagekaldt og er ikke længere gyldigt\. Det blev tilbagekaldt \d+\. \w+ \d{4}\.$/),
  ).toBeVisible();
  await expect(visitor.locator('main')).not.toContainText(reason);
  await visitor.goto('/raadgivere/');
  await expect(visitor.getByRole('status')).toHaveText(/rådgivere/);
  await expect(visitor.locator('.advisor-list li.card', { hasText: 'Karen Kursist' })).toHaveCount(0);
  await page.goto('/min-side/');
  await expect(page.getByText(`: ${reason}`, { exact: false })).toBeVisible();

  // Export everything as JSON.
  await page.goto('/min-side/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Hent alle mine data som fil' }).click(),
  ]);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(data.user.email).toBe(email);
  expect(data.certificates).toHaveLength(1);
  expect(data.progress.lessons).toHaveLength(lessons.length);

  // Delete everything, after a confirmation step.
  await page.getByRole('button', { name: 'Slet alle mine data' }).click();
  await expect(page.getByRole('button', { name: 'Ja, slet alt' })).toBeDisabled();
  await page.getByLabel('Jeg forstår, at alt bliver slettet').check();
  await page.getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect(page.getByText('Dine data er slettet, og du er logget ud.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fv:')))).toEqual([]);

  await visitor.goto(`/bevis/?kode=${code}`);
  await expect(visitor.getByText(`Vi kan ikke finde et kursusbevis med koden ${code}.`, { exact: false })).toBeVisible();
  await anonymous.close();
});

test('sign-in explains a wrong code and a too-early new code, in Danish', async ({ page }) => {
  const email = uniqueEmail('fejl');
  await page.goto('/log-ind/');
  const form = await hydrated(page, '.sign-in');
  await form.getByRole('button', { name: 'Send mig en kode' }).click();
  await expect(form.locator('.field-error')).toHaveText('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.');
  await form.getByLabel('E-mailadresse').fill(email);
  await form.getByRole('button', { name: 'Send mig en kode' }).click();
  const code = await codeFor(email);
  await form.getByLabel('Kode fra e-mailen').fill(code === '123456' ? '654321' : '123456');
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(form.locator('.field-error')).toHaveText('Koden er forkert. Tjek de 6 cifre, eller bed om en ny kode.');
  await form.getByRole('button', { name: 'Send en ny kode' }).click();
  await expect(form.locator('.field-error')).toContainText('Du har lige fået en kode. Vent');
  await expectNoAxeViolations(page);
});

test('the link in the e-mail signs in only after a click', async ({ page }) => {
  const email = uniqueEmail('link');
  await page.goto('/log-ind/');
  const form = await hydrated(page, '.sign-in');
  await form.getByLabel('E-mailadresse').fill(email);
  await form.getByRole('button', { name: 'Send mig en kode' }).click();
  const sent = await mailFor(email);
  await page.goto(`/log-ind/bekraeft/?token_hash=${sent.tokenHash}&type=email`);
  await expect(page.getByRole('heading', { name: 'Bekræft log ind' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('fv:auth'))).toBeNull();
  await expectNoAxeViolations(page);
  await (await hydrated(page, 'button')).click();
  await expect(page).toHaveURL('/min-side/');
  await expect(page.getByText(`Logget ind som ${email}.`)).toBeVisible();
});

test('signing out leaves no personal data in the browser', async ({ page }) => {
  await signIn(page, uniqueEmail('ud'));
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByText('Du er logget ud, og dine data er fjernet fra denne browser.')).toBeVisible();
  expect(
    await page.evaluate(() =>
      [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('fv:') || k.startsWith('sb-')),
    ),
  ).toEqual([]);
  await expect(page.locator('#account-link')).toHaveText('Log ind');
});
