/** The event form (SubmitEvent.tsx) on the shared submit flow, in a DOM. */
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import SubmitEvent from '../../src/islands/SubmitEvent.tsx';
import { AREAS, AUDIENCES } from '../../src/lib/content/taxonomy.ts';
import { fromInput } from '../../src/lib/events/fields.ts';
import { validEvent } from '../support/event.ts';

const plain = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const options = {
  district: plain(AREAS),
  audiences: plain(AUDIENCES),
  organiser_business: [{ value: 'fiktiv-kantine', label: 'Fiktiv Kantine' }],
};

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<div id="root"></div>';
});
const root = () => document.getElementById('root')!;
const settle = () => new Promise((r) => setTimeout(r, 30));
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const show = () => act(() => render(<SubmitEvent options={options} />, root()));

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
async function choose(selector: string) {
  const el = root().querySelector<HTMLInputElement>(selector)!;
  await act(() => {
    el.checked = true;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('event form', () => {
  it('a refused send lists every problem in the form’s order, linked to its field, and focuses the list', async () => {
    await show();
    await send();
    const summary = root().querySelector('.error-summary')!;
    expect(document.activeElement).toBe(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '#e-title',
      '#e-description',
      '#e-start',
      '#e-end',
      '#e-place_kind',
      '#e-organiser_name',
      '#e-audiences',
      '#e-contact_name',
      '#e-contact_email',
      '#e-consent_publish',
      '#e-consent_privacy',
    ]);
    expect(root().querySelector('#e-start')!.getAttribute('type')).toBe('datetime-local');
  });

  it('the chosen place shows its own fields, and their problems join the list', async () => {
    await show();
    expect(root().querySelector('#e-address')).toBeNull();
    await choose('input[name="place_kind"][value="adresse"]');
    await send();
    expect(root().querySelector('#e-address')!.getAttribute('aria-invalid')).toBe('true');
    expect(text(root().querySelector('#e-district-error'))).toBe('Vælg en af mulighederne.');
    await choose('input[name="place_kind"][value="online"]');
    expect(root().querySelector('#e-address')).toBeNull();
    expect(text(root().querySelector('#e-online_url-error'))).toBe('Udfyld feltet.');
    await type('#e-online_url', 'http://moede.example.dk');
    expect(text(root().querySelector('#e-online_url-error'))).toBe('Skriv en fuld adresse, der begynder med https:// (ikke http://).');
  });

  it('keeps every keystroke in the browser', async () => {
    await show();
    await type('#e-title', 'Reparationstræf');
    expect(JSON.parse(localStorage.getItem('fv:event-draft')!).draft.title).toBe('Reparationstræf');
  });

  it('without a session it asks to sign in and comes back here, with the whole draft kept', async () => {
    localStorage.setItem('fv:event-draft', JSON.stringify({ version: 1, draft: fromInput(validEvent() as never) }));
    await show();
    await settle();
    expect(text(root().querySelector('.meta'))).toContain('Vi har hentet dit gemte udkast.');
    expect(root().querySelector<HTMLInputElement>('#e-address')!.value).toBe('Eksempelvej 1, 2500 Valby');
    await send();
    expect(root().querySelector('.error-summary')).toBeNull();
    const notice = root().querySelector('.notice')!;
    expect(text(notice)).toContain('Log ind med din e-mail for at sende et arrangement.');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/log-ind/?next=/indsend/arrangement/');
    expect(JSON.parse(localStorage.getItem('fv:event-draft')!).draft).toMatchObject({ title: validEvent().title, price: '0' });
  });
});
