/** The calculator islands and the articles form in a DOM. */
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import KooperationsskatCalculator from '../../src/islands/tools/KooperationsskatCalculator.tsx';
import UdbudstjekCalculator from '../../src/islands/tools/UdbudstjekCalculator.tsx';
import ArticlesForm from '../../src/islands/tools/ArticlesForm.tsx';
import { ARTICLES_KEY } from '../../src/lib/tools/articles-draft.ts';

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<div id="root"></div>';
});
const root = () => document.getElementById('root')!;
const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('calculator islands', () => {
  it('show the lesson’s example at once and recompute as the user types', async () => {
    await act(() => render(<KooperationsskatCalculator />, root()));
    expect(text(root().querySelector('.summary')?.textContent)).toBe('Skattepligtig indkomst: 492.000 kr. Kooperationsskat: 70.356 kr.');
    await type(root().querySelector<HTMLInputElement>('#kooperationsskat-goodwill')!, '-5');
    expect(root().querySelector('#kooperationsskat-goodwill-error')?.textContent).toBe('Tallet kan ikke være negativt.');
    expect(root().querySelector('#kooperationsskat-goodwill')!.getAttribute('aria-invalid')).toBe('true');
    expect(root().querySelector('.summary')).toBeNull();
  });

  it('the procurement check puts the threshold warning first and follows the typed threshold', async () => {
    await act(() => render(<UdbudstjekCalculator />, root()));
    expect(text(root().querySelector('.tool-notes li')?.textContent)).toContain('Fra 1. januar 2026 gælder nye værdier');
    await type(root().querySelector<HTMLInputElement>('#udbudstjek-threshold')!, '3.000.000');
    expect(text(root().querySelector('.tool-notes')?.textContent)).toContain('under tærskelværdien');
  });
});

describe('articles form', () => {
  it('keeps the draft in localStorage as the user types and restores it', async () => {
    await act(() => render(<ArticlesForm />, root()));
    await type(root().querySelector<HTMLInputElement>('#v-name')!, 'Bageriet Fælleskorn');
    expect(JSON.parse(localStorage.getItem(ARTICLES_KEY)!).input.name).toBe('Bageriet Fælleskorn');
    await act(() => render(null, root()));
    await act(() => render(<ArticlesForm />, root()));
    expect(root().querySelector<HTMLInputElement>('#v-name')!.value).toBe('Bageriet Fælleskorn');
    expect(text(root().querySelector('#udkast')?.textContent)).toBe('Udkast: Vedtægter for Bageriet Fælleskorn A.M.B.A.');
  });
});
