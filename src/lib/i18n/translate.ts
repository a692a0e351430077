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

/** The form of a message for these values: "1 virksomhed", "0 virksomheder". */
export function pluralForm(message: Message, vars: Record<string, string | number>): string {
  if (typeof message === 'string') return message;
  const n = vars[message.by];
  if (typeof n !== 'number') throw new Error(`i18n: flertalsformen vælges af {${message.by}}, som skal være et tal`);
  return plurals.select(n) === 'one' ? message.one : message.other;
}

/** A `t` for one dictionary: looks up a string, picks its plural form and fills `{name}` placeholders. */
export function makeT<D extends Record<string, Message>>(dictionary: D) {
  return function t(key: keyof D & string, vars: Record<string, string | number> = {}): string {
    return pluralForm(dictionary[key]!, vars).replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`i18n: ${key} mangler {${name}}`);
      return typeof value === 'number' ? formatNumber(value) : value;
    });
  };
}
