/**
 * Numbers as a Danish professional types them: "2,5", "2.5", "1.600.000", "1 600 000",
 * "1.600.000,50", "-20 000 kr.", "14,3 %". One rule decides a lone dot: a dot followed by exactly
 * three digits groups thousands ("1.600" is 1600); any other dot is a decimal point ("2.5" is 2,5).
 * What cannot be read one way only is refused, with a message that says how it was read.
 */

export type ParsedNumber = { ok: true; value: number } | { ok: false; empty: boolean; message: string };

/** Spaces people and programs put between digit groups: space, no-break and thin spaces. */
const GROUP_SPACE = /[ \u00a0\u202f\u2009]/;
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;

const refuse = (message: string): ParsedNumber => ({ ok: false, empty: false, message });

export function readDanishNumber(input: string): ParsedNumber {
  const typed = input.trim();
  let s = typed
    .replace(/\s*(kr\.?|%)\s*$/i, '')
    .trim()
    .replace(/[−–]/g, '-');
  if (s === '') return { ok: false, empty: true, message: 'Skriv et tal, fx 12.000.000.' };
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1).trim();
  if (/[^\d., \u00a0\u202f\u2009]/.test(s) || !/\d/.test(s)) return refuse(`»${typed}« er ikke et tal. Skriv fx 12.000.000 eller 2,5.`);

  // Spaces may only separate groups of exactly three digits: "1 600 000", not "16 00".
  if (GROUP_SPACE.test(s)) {
    const whole = s.split(/[.,]/)[0] ?? '';
    if (/[.]/.test(s)) return refuse(`»${typed}« blander mellemrum og punktum. Skriv fx 1.600.000 eller 1 600 000.`);
    const groups = whole.split(GROUP_SPACE);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))
      return refuse(`»${typed}« er læst med mellemrum mellem cifrene, men grupperne er ikke på tre cifre. Skriv fx 1 600 000.`);
    s = s.replace(GROUP_SPACES, '');
  }

  const commas = s.split(',').length - 1;
  if (commas > 1) return refuse(`»${typed}« har flere kommaer. Skriv decimaler med ét komma, fx 1.600.000,50.`);
  let integerPart: string;
  let decimals = '';
  if (commas === 1) {
    const [before = '', after = ''] = s.split(',');
    integerPart = before;
    decimals = after;
    if (!/^\d*$/.test(decimals)) return refuse(`»${typed}«: efter kommaet må kun stå cifre (decimaler). Skriv fx 1.600.000,50.`);
    // With a decimal comma, every dot must group thousands.
    if (integerPart.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(integerPart))
      return refuse(
        `»${typed}« er læst med komma som decimaltegn, men punktummerne står ikke mellem grupper på tre cifre. Skriv fx 1.600.000,50.`,
      );
    integerPart = integerPart.replace(/\./g, '');
  } else {
    const parts = s.split('.');
    const [first = '', second = ''] = parts;
    if (parts.length === 1) integerPart = s;
    else if (parts.length === 2 && (second.length !== 3 || /^0*$/.test(first))) [integerPart, decimals] = [first, second];
    else if (/^\d{1,3}(\.\d{3})+$/.test(s)) integerPart = s.replace(/\./g, '');
    else
      return refuse(
        parts.length > 2 && parts.slice(1, -1).every((p) => p.length === 3)
          ? `»${typed}« er læst med punktum som tusindtalsskille, men sidste gruppe har ikke tre cifre. Mente du decimaler, så skriv dem med komma, fx 1.600,5.`
          : `»${typed}«: punktummerne står ikke mellem grupper på tre cifre, så tallet kan læses på flere måder. Skriv fx 1.600.000 eller 2,5.`,
      );
  }
  if (!/^\d*$/.test(integerPart) || (integerPart === '' && decimals === ''))
    return refuse(`»${typed}« er ikke et tal. Skriv fx 12.000.000 eller 2,5.`);
  const value = Number(`${integerPart || '0'}.${decimals || '0'}`);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** The number, or NaN when it cannot be read (for callers that only need the value). */
export function parseDanishNumber(input: string): number {
  const r = readDanishNumber(input);
  return r.ok ? r.value : Number.NaN;
}

/** A number written the Danish way: dots between thousands, a decimal comma ("1.600.000,5"). */
export function formatDanishNumber(value: number, maximumFractionDigits = 10): string {
  return new Intl.NumberFormat('da-DK', { maximumFractionDigits, useGrouping: true }).format(value).replace(/\u2212/g, '-');
}
