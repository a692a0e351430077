/** The submit flow the story and business forms share (contribution-form/useSubmitFlow.ts), in a DOM. */
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SubmitStory from '../../src/islands/SubmitStory.tsx';
import RegisterBusiness from '../../src/islands/RegisterBusiness.tsx';
import { AREAS, INCLUSIVE_JOBS, LEGAL_FORMS, OFFER_CATEGORIES, PRINCIPLES, SECTORS, SIZE_BANDS } from '../../src/lib/content/taxonomy.ts';

const plain = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const common = { legal_form: plain(LEGAL_FORMS), sector: plain(SECTORS), district: plain(AREAS), principles: plain(PRINCIPLES) };
const validBusiness = {
  name: 'Fiktiv Kantine',
  legal_form: LEGAL_FORMS[0],
  sector: SECTORS[0],
  district: AREAS[0],
  offers: [OFFER_CATEGORIES[0]],
  rsv: 'ja',
  founded: '2017',
  website: '',
  cvr: '20000023',
  principles: [],
  description: 'Fiktivt eksempel: en kantine, som medarbejderne ejer.',
  contact_name: 'Kontakt Person',
  contact_email: 'kontakt@example.dk',
  consent_publish: true,
  consent_privacy: true,
};
// A session hint: the island thinks someone is signed in, so it sends.
const SESSION = JSON.stringify({ user: { id: '00000000-0000-0000-0000-000000000001', email: 'a@example.dk' } });

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<div id="root"></div>';
});
const root = () => document.getElementById('root')!;
const settle = () => new Promise((r) => setTimeout(r, 30));
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function send() {
  await act(() => {
    root()
      .querySelector('form')!
      .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}
async function type(selector: string, value: string) {
  const el = root().querySelector<HTMLInputElement>(selector)!;
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('story form', () => {
  it('a refused send lists the problems in the form’s order, linked to their fields, and focuses the list', async () => {
    await act(() => render(<SubmitStory options={{ ...common, size_band: plain(SIZE_BANDS) }} />, root()));
    await send();
    const summary = root().querySelector('.error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(text(summary.querySelector('h2'))).toBe('Der er noget, du skal rette');
    const links = [...summary.querySelectorAll('a')];
    expect(links).toHaveLength(15);
    expect(links[0]!.getAttribute('href')).toBe('#f-organisation');
    expect(links.at(-1)!.getAttribute('href')).toBe('#f-consent_privacy');
    expect(root().querySelector('#f-title')!.getAttribute('aria-invalid')).toBe('true');
    // Once shown, the problems follow the typing.
    await type('#f-title', 'En titel, der er lang nok');
    expect(root().querySelector('#f-title')!.hasAttribute('aria-invalid')).toBe(false);
    expect(root().querySelectorAll('.error-summary a')).toHaveLength(14);
  });

  it('keeps every keystroke in the browser', async () => {
    await act(() => render(<SubmitStory options={{ ...common, size_band: plain(SIZE_BANDS) }} />, root()));
    await type('#f-title', 'Bageriet');
    expect(JSON.parse(localStorage.getItem('fv:story-draft')!).draft.title).toBe('Bageriet');
  });
});

describe('business form', () => {
  it('without a session it asks to sign in and comes back here, with the draft kept', async () => {
    localStorage.setItem('fv:business-draft', JSON.stringify({ version: 1, draft: validBusiness, businessId: 'b1' }));
    await act(() =>
      render(<RegisterBusiness options={{ ...common, offers: plain(OFFER_CATEGORIES), inclusive_jobs: plain(INCLUSIVE_JOBS) }} />, root()),
    );
    await settle();
    await send();
    const notice = root().querySelector('.notice')!;
    expect(text(notice)).toContain('Log ind med din e-mail for at tilmelde en virksomhed.');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/log-ind/?next=/virksomheder/tilmeld/');
    expect(document.activeElement).toBe(notice.parentElement);
    expect(JSON.parse(localStorage.getItem('fv:business-draft')!)).toMatchObject({ draft: { name: 'Fiktiv Kantine' }, businessId: 'b1' });
  });

  /** A loopback port that was free a moment ago and is now closed: a backend that does not answer. */
  async function closedPort() {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise((r) => server.close(r));
    return port;
  }
  afterEach(() => vi.unstubAllEnvs());

  it('a request to a backend that does not answer says so in Danish, focuses the message and loses nothing', async () => {
    // The real client, pointed at a closed port: the request leaves and finds nobody.
    vi.stubEnv('PUBLIC_SUPABASE_URL', `http://127.0.0.1:${await closedPort()}`);
    vi.stubEnv('PUBLIC_SUPABASE_ANON_KEY', 'anon-key-for-the-test');
    localStorage.setItem('fv:auth', SESSION);
    localStorage.setItem('fv:business-draft', JSON.stringify({ version: 1, draft: validBusiness }));
    await act(() =>
      render(<RegisterBusiness options={{ ...common, offers: plain(OFFER_CATEGORIES), inclusive_jobs: plain(INCLUSIVE_JOBS) }} />, root()),
    );
    await settle();
    await send();
    await expect.poll(() => root().querySelector('[role="alert"]')).not.toBeNull();
    expect(text(root().querySelector('[role="alert"]'))).toBe(
      'Der er ingen forbindelse. Tjek dit netværk, og prøv igen. Intet er gået tabt.',
    );
    expect(root().querySelector('button[type="submit"]')!.hasAttribute('disabled')).toBe(false);
    expect(JSON.parse(localStorage.getItem('fv:business-draft')!).draft.name).toBe('Fiktiv Kantine');
    expect(root().querySelector<HTMLInputElement>('#b-name')!.value).toBe('Fiktiv Kantine');
  });
});
