/** The calculator islands and the articles form in a DOM. */
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import KooperationsskatCalculator from '../../src/islands/tools/KooperationsskatCalculator.tsx';
import UdbudstjekCalculator from '../../src/islands/tools/UdbudstjekCalculator.tsx';
import RsvUdbytteloftCalculator from '../../src/islands/tools/RsvUdbytteloftCalculator.tsx';
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
    expect(text(root().querySelector('.summary')?.textContent)).toBe(
      'Skattepligtig indkomst: 492.000 kr. Kooperationsskat: 70.356 kr. (selskabsskatteloven §§ 14–16 og § 19, stk. 1)',
    );
    await type(root().querySelector<HTMLInputElement>('#kooperationsskat-goodwill')!, '-5');
    expect(root().querySelector('#kooperationsskat-goodwill-error')?.textContent).toBe('Tallet kan ikke være negativt.');
    expect(root().querySelector('#kooperationsskat-goodwill')!.getAttribute('aria-invalid')).toBe('true');
    expect(root().querySelector('.summary')).toBeNull();
  });

  it('the procurement check says which period it used and follows the typed threshold', async () => {
    await act(() => render(<UdbudstjekCalculator />, root()));
    await type(root().querySelector<HTMLInputElement>('#udbudstjek-date')!, '2026-03-01');
    expect(text(root().querySelector('.tool-result')?.textContent)).toContain('Tærskelværdierne for 2026–2027 er brugt');
    await type(root().querySelector<HTMLInputElement>('#udbudstjek-threshold')!, '3.000.000');
    expect(text(root().querySelector('.tool-notes')?.textContent)).toContain('under tærskelværdien');
  });

  it('reads a discount rate typed "2.5" as 2,5 %, not 25 %', async () => {
    await act(() => render(<RsvUdbytteloftCalculator />, root()));
    await type(root().querySelector<HTMLInputElement>('#rsv-udbytteloft-resultAfterTax')!, '1.000.000');
    await type(root().querySelector<HTMLInputElement>('#rsv-udbytteloft-discountRate')!, '2.5');
    // 300.000 kr. × (2,5 + 15) % = 52.500 kr.; read as 25 it would be 120.000 kr.
    expect(text(root().querySelector('.summary')?.textContent)).toContain('52.500');
  });

  it('shows every field error at once in the summary, which takes focus only on "Beregn"', async () => {
    await act(() => render(<KooperationsskatCalculator />, root()));
    await type(root().querySelector<HTMLInputElement>('#kooperationsskat-equity')!, '1.60.000');
    await type(root().querySelector<HTMLInputElement>('#kooperationsskat-goodwill')!, '-5');
    await type(root().querySelector<HTMLInputElement>('#kooperationsskat-nonMemberShare')!, '120');
    const summary = root().querySelector<HTMLElement>('.error-summary')!;
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#kooperationsskat-equity', '#kooperationsskat-goodwill', '#kooperationsskat-nonMemberShare']);
    expect(text(summary.textContent)).toContain('»1.60.000«');
    expect(document.activeElement).not.toBe(summary);
    await act(() => root().querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    expect(document.activeElement).toBe(root().querySelector('.error-summary'));
    expect(text(root().querySelector('.tool-result')?.textContent)).not.toContain('nedenfor');
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
