/** Looking up strings and formatting numbers and dates the Danish way. */
export const LOCALE = 'da-DK';

// Formatters are costly to create and used on every page: made once.
const numbers = /* @__PURE__ */ new Intl.NumberFormat(LOCALE);
const dates = /* @__PURE__ */ new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });

export const formatNumber = (n: number) => numbers.format(n);

export const formatDate = (d: Date | string) => dates.format(typeof d === 'string' ? new Date(d) : d);

/** A `t` for one dictionary: looks up a string and fills `{name}` placeholders. */
export function makeT<D extends Record<string, string>>(dictionary: D) {
  return function t(key: keyof D & string, vars: Record<string, string | number> = {}): string {
    return dictionary[key]!.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`i18n: ${key} mangler {${name}}`);
      return typeof value === 'number' ? formatNumber(value) : value;
    });
  };
}
