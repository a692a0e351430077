import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pairCases, cityCasePath } from '../../src/lib/cities/pairs.ts';
import { cityCaseSchema } from '../../src/lib/content/schemas.ts';
import { checkContent } from '../../scripts/content-check.ts';
import { readContentFile } from '../../scripts/frontmatter.ts';
import { cities as da } from '../../src/lib/i18n/da/cities.ts';
import { cities as en } from '../../src/lib/i18n/en/cities.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'src/content/cities');
const files = [...readdirSync(dir).filter((f) => f.endsWith('.md')), ...readdirSync(join(dir, 'en')).map((f) => `en/${f}`)];
const cases = files.map((f) => ({ ...readContentFile(join(dir, f)), file: f }));

describe('pairing the Danish and English city cases', () => {
  it('gives each case the address of both versions', () => {
    const pairs = pairCases([
      { slug: 'frankrig-ess-loven', lang: 'da', caseId: 'frankrig' },
      { slug: 'france-social-economy-law', lang: 'en', caseId: 'frankrig' },
    ]);
    expect(pairs.get('frankrig')).toEqual({
      da: '/laer-af-andre-byer/frankrig-ess-loven/',
      en: '/en/learning-from-other-cities/france-social-economy-law/',
    });
    expect(cityCasePath('en', 'preston')).toBe('/en/learning-from-other-cities/preston/');
  });

  it('refuses a case that has no counterpart, naming the missing language', () => {
    expect(() => pairCases([{ slug: 'preston', lang: 'da', caseId: 'preston' }])).toThrow('»preston« mangler sin engelske udgave');
    expect(() => pairCases([{ slug: 'preston', lang: 'en', caseId: 'preston' }])).toThrow('mangler sin danske udgave');
  });

  it('refuses two versions in one language with the same caseId', () => {
    expect(() =>
      pairCases([
        { slug: 'a', lang: 'da', caseId: 'x' },
        { slug: 'b', lang: 'da', caseId: 'x' },
      ]),
    ).toThrow('findes to gange på da');
  });
});

describe('the city-case schema', () => {
  const valid = cases.find((c) => c.file === 'preston.md')!.data;

  it('accepts the real Preston case', () => {
    expect(cityCaseSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a fact that points at a source that does not exist', () => {
    const facts = [...(valid.facts as object[]), { topic: 'result', text: 'Noget.', source: 99 }];
    const r = cityCaseSchema.safeParse({ ...valid, facts });
    expect(r.error?.issues.map((i) => i.message)).toContain('et faktum henviser til en kilde, der ikke findes');
  });

  it('refuses a case with no fact about the money', () => {
    const facts = (valid.facts as { topic: string }[]).filter((f) => f.topic !== 'money');
    const r = cityCaseSchema.safeParse({ ...valid, facts });
    expect(r.error?.issues.map((i) => i.message)).toContain('mangler et faktum om hvad, hvornår, hvem, penge eller resultat');
  });
});

describe('the city cases on the site', () => {
  it('has at least six cases, each in Danish and in English', () => {
    const ids = (lang: string) =>
      cases
        .filter((c) => c.data.lang === lang)
        .map((c) => c.data.caseId)
        .sort();
    expect(ids('da').length).toBeGreaterThanOrEqual(6);
    expect(ids('en')).toEqual(ids('da'));
  });

  it('keeps facts, principles, order and links the same in both languages', () => {
    for (const d of cases.filter((c) => c.data.lang === 'da')) {
      const e = cases.find((c) => c.data.lang === 'en' && c.data.caseId === d.data.caseId)!;
      const shape = (x: typeof d) => ({
        order: x.data.order,
        principles: x.data.principles,
        facts: (x.data.facts as { topic: string; source: number }[]).map((f) => [f.topic, f.source]),
        sources: (x.data.sources as { url?: string }[]).map((s) => s.url),
        actions: (x.data.actions as { href: string }[]).map((a) => a.href),
      });
      expect(shape(e), `${d.file} og ${e.file}`).toEqual(shape(d));
    }
  });

  it('has the same UI strings in English as in Danish', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });
});

describe('the content check on city cases', { timeout: 30_000 }, () => {
  let copy: string | undefined;
  afterEach(() => copy && rmSync(copy, { recursive: true, force: true }));

  function spoiled(file: string, change: (text: string) => string) {
    copy = mkdtempSync(join(tmpdir(), 'fv-cities-'));
    for (const d of ['courses', 'src/content', 'src/pages']) cpSync(join(root, d), join(copy, d), { recursive: true });
    const path = join(copy, 'src/content/cities', file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
    return checkContent(copy).map((p) => `${p.file}: ${p.message}`);
  }

  it('finds an editor note in an English case', () => {
    expect(spoiled('en/preston.md', (t) => t.replace('Pay belongs', 'The wage figure could not be confirmed. Pay belongs'))).toEqual([
      expect.stringMatching(/en\/preston\.md: »could not be confirm« er en note til redaktionen/),
    ]);
  });

  it('finds an old review date and a link to a page that does not exist', () => {
    const problems = spoiled('en/barcelona.md', (t) =>
      t.replace('reviewed: 2026-12-07', 'reviewed: 2024-01-01').replace('href: /historier/', 'href: /findes-ikke/'),
    );
    expect(problems).toContainEqual(expect.stringMatching(/en\/barcelona\.md: reviewed 2024-01-01 er over 12 måneder gammel/));
    expect(problems).toContainEqual('src/content/cities/en/barcelona.md: actions: /findes-ikke/ fører ingen steder hen');
  });

  it('finds a Danish case without its English counterpart', () => {
    const problems = spoiled('en/mondragon.md', (t) => t.replace('caseId: mondragon', 'caseId: mondragon-en'));
    expect(problems).toContainEqual(expect.stringMatching(/»mondragon(-en)?« mangler sin (engelske|danske) udgave/));
  });
});
