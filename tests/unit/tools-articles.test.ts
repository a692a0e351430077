import { describe, expect, test } from 'vitest';
import { articlesToMarkdown, buildArticles, markdownText, emptyArticles, validateArticles, type ArticlesInput } from '../../src/lib/tools/articles.ts';
import { ARTICLES_KEY, clearArticlesDraft, loadArticlesDraft, saveArticlesDraft } from '../../src/lib/tools/articles-draft.ts';
import { articlesToDocx } from '../../src/lib/tools/articles-docx.ts';
import { unzipSync, strFromU8 } from 'fflate';

const filled: ArticlesInput = {
  ...emptyArticles('amba'),
  name: 'Tegnestuen Fællesfeltet',
  municipality: 'København',
  purpose: 'at drive en tegnestue, hvor medlemmerne arbejder',
  whoCanJoin: 'enhver, der er ansat i virksomheden',
  recipient: 'et andet kooperativ, som generalforsamlingen udpeger',
};

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
}

describe('the articles draft', () => {
  test('an A.M.B.A. gets the designation, its purpose and the registration clauses marked as required', () => {
    const a = buildArticles(filled);
    expect(a.title).toBe('Vedtægter for Tegnestuen Fællesfeltet A.M.B.A.');
    const byHeading = Object.fromEntries(a.clauses.map((c) => [c.heading, c]));
    expect(byHeading['Navn og hjemsted']!.status).toBe('krav');
    expect(byHeading['Tegningsregel']!.basis).toContain('§ 10');
    expect(byHeading['Formål']!.paragraphs.join(' ')).toContain('som ansatte i virksomheden');
    expect(byHeading['Overskud']!.basis).toContain('selskabsskattelovens § 1, stk. 1, nr. 3');
    expect(byHeading['Opløsning']!.paragraphs.at(-1)).toContain('et andet kooperativ');
    expect(a.clauses.every((c) => c.basis.length > 10)).toBe(true);
  });

  test('a forening has no required clauses, no investors and no statutory asset lock', () => {
    const a = buildArticles({ ...filled, form: 'forening', investors: true, assetLock: 'aktivsikring' });
    expect(a.title).toBe('Vedtægter for Tegnestuen Fællesfeltet');
    expect(a.clauses.some((c) => c.status === 'krav')).toBe(false);
    expect(a.clauses.some((c) => c.heading === 'Investerende deltagere')).toBe(false);
    expect(a.clauses.find((c) => c.heading === 'Opløsning')!.paragraphs.join(' ')).not.toContain('aktivsikring');
    expect(a.clauses.find((c) => c.heading === 'Medlemskab')!.paragraphs[0]).toBe('Som medlem kan optages enhver, der er ansat i virksomheden.');
  });

  test('choices change the text: investors, shared assets, no contribution', () => {
    const a = buildArticles({ ...filled, form: 'fmba', investors: true, assetLock: 'deles', contribution: 0 });
    expect(a.title).toContain('F.M.B.A.');
    expect(a.clauses.map((c) => c.heading)).toContain('Investerende deltagere');
    expect(a.clauses.find((c) => c.heading === 'Opløsning')!.paragraphs.at(-1)).toContain('fordeles mellem medlemmerne');
    expect(a.clauses.map((c) => c.heading)).toContain('Hæftelse');
  });

  test('empty fields show as gaps, and validation names them in Danish', () => {
    const empty = emptyArticles();
    expect(buildArticles(empty).title).toBe('Vedtægter for […]');
    expect(validateArticles(empty).map((e) => e.field)).toEqual(['name', 'municipality', 'purpose', 'recipient']);
    expect(validateArticles({ ...filled, contribution: -1, boardSize: 2, repaymentMonths: 1.5 }).map((e) => e.message)).toEqual([
      'Indskuddet skal være 0 kr. eller mere.',
      'Skriv et helt antal måneder mellem 0 og 60.',
      'Skriv et helt antal bestyrelsesmedlemmer mellem 3 og 15.',
    ]);
    expect(validateArticles(filled)).toEqual([]);
  });

  test('Markdown has numbered paragraphs and each clause’s rule', () => {
    const md = articlesToMarkdown(buildArticles(filled));
    expect(md).toMatch(/^# Vedtægter for Tegnestuen Fællesfeltet A\.M\.B\.A\./);
    expect(md).toContain('## § 1. Navn og hjemsted');
    expect(md).toContain('> **Krav.** Erhvervsvirksomhedsloven (LEV) § 10');
    expect(md).toContain('ikke juridisk rådgivning');
  });

  test('the founders’ own words stay text in the Markdown: no link, image, HTML or heading', () => {
    const hostile: ArticlesInput = {
      ...filled,
      name: '[Klik her](javascript:alert(1)) <img src=x onerror=alert(1)>',
      purpose: 'at drive handel\n# Falsk overskrift\n<script>alert(1)</script> ![billede](https://evil.example/x.png)',
      whoCanJoin: '<https://evil.example/>',
      recipient: '1. foreningen *Fri*',
    };
    const md = articlesToMarkdown(buildArticles(hostile));
    // Every [ ] < > ! * from the input is escaped, and no input line starts a block of its own.
    expect(md).not.toMatch(/(?<!\\)(\[Klik|<img|<script|!\[|<https)/);
    expect(md).toContain('\\[Klik her\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('at drive handel # Falsk overskrift \\<script\\>alert(1)\\</script\\> \\!\\[billede\\](https://evil.example/x.png)');
    expect(md.split('\n').filter((l) => l.startsWith('#')).every((l) => /^# Vedtægter for|^## § \d+\. /.test(l))).toBe(true);
    expect(md).toContain('\\<https://evil.example/\\>');
    expect(markdownText('1. foreningen')).toBe('1\\. foreningen');
    expect(markdownText('- punkt')).toBe('\\- punkt');
    expect(markdownText('  Jensen & Co.\r\n  A.M.B.A. ')).toBe('Jensen & Co. A.M.B.A.');
  });

  test('the Word file holds the same text', async () => {
    const blob = await articlesToDocx(buildArticles(filled));
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Vedtægter for Tegnestuen Fællesfeltet A.M.B.A.');
    expect(text).toContain('Virksomheden har hjemsted i København Kommune.');
    expect(text).toContain('Krav.');
  });

  test('the draft is kept in the storage passed in, and a broken entry falls back to an empty form', () => {
    const storage = memory();
    expect(loadArticlesDraft(storage)).toEqual(emptyArticles());
    saveArticlesDraft(filled, storage);
    expect(loadArticlesDraft(storage)).toEqual(filled);
    storage.setItem(ARTICLES_KEY, '{not json');
    expect(loadArticlesDraft(storage)).toEqual(emptyArticles());
    saveArticlesDraft(filled, storage);
    clearArticlesDraft(storage);
    expect(storage.data.size).toBe(0);
  });
});
