/**
 * Every key of the Danish dictionary is used somewhere (knip cannot see dictionary keys). A key is
 * used when the site's code names it in quotes; keys built at run time (`t(\`offer.${o}\`)`) are
 * allowed by their prefix below, and each prefix must still be built somewhere, so the list
 * cannot go stale either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { da } from '../../src/lib/i18n/da.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Prefixes of keys the code builds from a value (a taxonomy value, a state, a field name). */
const BUILT_KEYS = [
  'audience.', // audience labels on courses, search filters and the front page's paths
  'audienceLead.',
  'principle.',
  'sizeBand.',
  'type.', // search result types
  'task.', // the audience paths' tasks (src/lib/content/audience-tasks.ts)
  'level.',
  'my.profession.',
  'problem.', // field problems (src/lib/fields/rules.ts)
  'state.', // submission states
  'report.problem.',
  'report.state.',
  'kind.', // contribution kinds
  'offer.',
  'inclusiveJob.',
  'directory.rsv.',
  'profession.',
  'listing.problem.',
  'tools.notAdvice.',
  'tools.kind.',
  'll7p.model.',
  'udbud.headline.',
  'udbud.training.',
  'udbud.kind.',
  'orgKind.',
  'orgOffer.',
  'cities.topic.',
  'cities.principle.',
  'search.filter.',
  'verify.language.', // the course's language on a certificate
  'certificate.language.',
  'field.place_kind.', // an event's place: an address or online
  'figures.', // each figure's title and definition, by its slug
];

/** The site's code, without the dictionaries themselves. */
function sourceText(): string {
  const files = ['src', 'scripts'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|astro|mjs|mdx?)$/.test(f))
      .map((f) => join(dir, f))
      .filter((f) => !/^src\/lib\/i18n\/(da|en)\//.test(f)),
  );
  return files.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
}

/** Keys no code names, in quotes of any kind, and no prefix allows. */
function unusedKeys(keys: readonly string[], text: string, built: readonly string[]): string[] {
  return keys.filter(
    (key) => !built.some((prefix) => key.startsWith(prefix)) && !["'", '"', '`'].some((q) => text.includes(`${q}${key}${q}`)),
  );
}

const text = sourceText();

describe('the Danish dictionary', () => {
  it('has no key the site does not use (remove it from src/lib/i18n/da/, or allow a built prefix above)', () => {
    expect(unusedKeys(Object.keys(da), text, BUILT_KEYS)).toEqual([]);
  });

  it('allows only prefixes the code still builds keys from', () => {
    expect(BUILT_KEYS.filter((prefix) => !text.includes(`\`${prefix}\${`))).toEqual([]);
  });

  it('the check finds an unused key and accepts used and built ones', () => {
    const code = 't(\'a.used\'); t(`b.${x}`); t("c.double")';
    expect(unusedKeys(['a.used', 'b.built', 'c.double', 'd.dead', 'a.used.longer'], code, ['b.'])).toEqual(['d.dead', 'a.used.longer']);
  });
});
