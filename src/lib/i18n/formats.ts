/**
 * Dates and times in a page's language, for the islands that exist in both: "7. december 2026"
 * on a Danish page, "7 December 2026" on an English one. Formatters are made once per language.
 */
import type { Lang } from '../content/taxonomy.ts';

export const LOCALES: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
const zone = { timeZone: 'Europe/Copenhagen' } as const;
const made = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, kind: 'date' | 'time' | 'moment') {
  const key = `${lang}:${kind}`;
  let f = made.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { day: 'numeric', month: 'long', year: 'numeric', ...zone }
        : kind === 'time'
          ? { hour: '2-digit', minute: '2-digit', ...zone }
          : { dateStyle: 'long', timeStyle: 'short', ...zone };
    f = new Intl.DateTimeFormat(LOCALES[lang], options);
    made.set(key, f);
  }
  return f;
}

const asDate = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d);

/** "7. december 2026" / "7 December 2026" */
export const formatDateIn = (lang: Lang, d: Date | string) => formatter(lang, 'date').format(asDate(d));
/** "14.05" / "14:05" */
export const formatTimeIn = (lang: Lang, d: string) => formatter(lang, 'time').format(new Date(d));
/** "30. november 2026 kl. 14.05" / "30 November 2026 at 14:05" */
export const formatMomentIn = (lang: Lang, d: string) => formatter(lang, 'moment').format(new Date(d));
