/**
 * One dictionary for every UI string. Danish is the only edition now; an English one
 * is a second dictionary with the same keys.
 */
import { da, type MessageKey } from './da.ts';

export type { MessageKey };
export const LOCALE = 'da-DK';

/** Looks up a string and fills `{name}` placeholders. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return da[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`i18n: ${key} mangler {${name}}`);
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export const formatNumber = (n: number) => new Intl.NumberFormat(LOCALE).format(n);

export const formatDate = (d: Date | string) =>
  new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(
    typeof d === 'string' ? new Date(d) : d,
  );
