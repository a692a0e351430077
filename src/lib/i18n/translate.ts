/** Looking up strings and formatting numbers and dates the Danish way. */
export const LOCALE = 'da-DK';

// Formatters are costly to create and used on every page: made once.
const numbers = /* @__PURE__ */ new Intl.NumberFormat(LOCALE);
const dates = /* @__PURE__ */ new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Copenhagen',
});
const plurals = /* @__PURE__ */ new Intl.PluralRules(LOCALE);

export const formatNumber = (n: number) => numbers.format(n);

export const formatDate = (d: Date | string) => dates.format(typeof d === 'string' ? new Date(d) : d);

/**
 * A string with a number before a noun: one form per plural category of Danish (`one`, `other`,
 * as `Intl.PluralRules` names them); `by` names the placeholder whose number picks the form.
 * Example: `{ by: 'count', one: '{count} virksomhed', other: '{count} virksomheder' }`.
 */
export interface Plural {
  readonly by: string;
  readonly one: string;
  readonly other: string;
}
export type Message = string | Plural;

function pluralFormIn(rules: Intl.PluralRules, message: Message, vars: Record<string, string | number>): string {
  if (typeof message === 'string') return message;
  const n = vars[message.by];
  if (typeof n !== 'number') throw new Error(`i18n: flertalsformen vælges af {${message.by}}, som skal være et tal`);
  return rules.select(n) === 'one' ? message.one : message.other;
}

/**
 * A `t` for one dictionary: looks up a string, picks its plural form and fills `{name}` placeholders.
 * `locale` writes the numbers and picks plural forms; a key missing from a partial dictionary
 * (the English edition translates part of the site) stops the build instead of showing Danish.
 */
export function makeT<D extends Record<string, Message | undefined>>(dictionary: D, locale: string = LOCALE) {
  const numberFormat = locale === LOCALE ? numbers : new Intl.NumberFormat(locale);
  const pluralRules = locale === LOCALE ? plurals : new Intl.PluralRules(locale);
  return function t(key: keyof D & string, vars: Record<string, string | number> = {}): string {
    const message = dictionary[key];
    if (message === undefined) throw new Error(`i18n: ${key} har ingen tekst på ${locale}`);
    return pluralFormIn(pluralRules, message, vars).replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`i18n: ${key} mangler {${name}}`);
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });
  };
}
