import { describe, expect, test } from 'vitest';
import {
  articlesToMarkdown,
  buildArticles,
  markdownText,
  municipalityName,
  emptyArticles,
  validateArticles,
  type ArticlesInput,
} from '../../src/lib/tools/articles.ts';
import { ARTICLES_KEY, clearArticlesDraft, loadArticlesDraft, saveArticlesDraft } from '../../src/lib/tools/articles-draft.ts';
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
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('the articles draft', () => {
  test('an A.M.B.A. gets the designation, its purpose and the registration clauses marked as required', () => {
    const a = buildArticles(filled);
    expect(a.title).toBe('Vedtægter for Tegnestuen Fællesfeltet A.M.B.A.');
    const byHeading = Object.fromEntries(a.clauses.map((c) => [c.heading, c]));
    expect(byHeading['Navn og hjemsted']!.status).toBe('krav');
    expect(byHeading['Navn og hjemsted']!.basis).toContain('§ 10, stk. 4');
    // LEV § 10 sets the deadline (stk. 1), who files (stk. 2) and that the articles go with the filing (stk. 4); it holds no list of items.
    expect(a.clauses.filter((c) => /§ 10:/.test(c.basis))).toEqual([]);
    expect(a.clauses.some((c) => /hjemstedskommune/i.test(c.basis))).toBe(false);
    expect(byHeading['Navn og hjemsted']!.paragraphs).toEqual([
      'Virksomhedens navn er Tegnestuen Fællesfeltet A.M.B.A.',
      'Virksomheden har hjemsted i Københavns Kommune.',
    ]);
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
    expect(a.clauses.find((c) => c.heading === 'Medlemskab')!.paragraphs[0]).toBe(
      'Som medlem kan optages enhver, der er ansat i virksomheden.',
    );
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
    expect(md).toContain(
      'at drive handel # Falsk overskrift \\<script\\>alert(1)\\</script\\> \\!\\[billede\\](https://evil.example/x.png)',
    );
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .every((l) => /^# Vedtægter for|^## § \d+\. /.test(l)),
    ).toBe(true);
    expect(md).toContain('\\<https://evil.example/\\>');
    expect(markdownText('1. foreningen')).toBe('1\\. foreningen');
    expect(markdownText('- punkt')).toBe('\\- punkt');
    expect(markdownText('  Jensen & Co.\r\n  A.M.B.A. ')).toBe('Jensen & Co. A.M.B.A.');
  });

  test('municipality names: Københavns Kommune is the one genitive', () => {
    expect(municipalityName('København')).toBe('Københavns Kommune');
    expect(municipalityName('københavns kommune')).toBe('Københavns Kommune');
    expect(municipalityName('Frederiksberg')).toBe('Frederiksberg Kommune');
    expect(municipalityName('Aarhus Kommune')).toBe('Aarhus Kommune');
  });

  test('the Markdown ends with the adoption and signature block', () => {
    const md = articlesToMarkdown(buildArticles({ ...filled, boardSize: 3 }));
    expect(md).toContain('Vedtaget på den stiftende generalforsamling den');
    expect(md.match(/Bestyrelsesmedlem \d/g)).toHaveLength(3);
    expect(md).toContain('Dirigent');
  });
});

describe('the Word file (DOCX structure, read from its XML)', () => {
  async function docx(input: ArticlesInput, withNotes = true) {
    const { articlesToDocx } = await import('../../src/lib/tools/articles-docx.ts');
    const blob = await articlesToDocx(buildArticles(input), withNotes);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const read = (name: string) => (files[name] ? strFromU8(files[name]!) : '');
    const document = read('word/document.xml');
    const paragraphs = [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
      const body = m[1] ?? m[2] ?? '';
      return {
        text: [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
        level: /<w:ilvl w:val="(\d)"/.exec(body)?.[1],
        style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1],
      };
    });
    return {
      document,
      paragraphs,
      styles: read('word/styles.xml'),
      numbering: read('word/numbering.xml'),
      comments: read('word/comments.xml'),
    };
  }

  test('names and punctuation: Københavns Kommune, one full stop after A.M.B.A.', async () => {
    const { paragraphs } = await docx(filled);
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('Virksomhedens navn er Tegnestuen Fællesfeltet A.M.B.A.');
    expect(texts).toContain('Virksomheden har hjemsted i Københavns Kommune.');
    expect(texts.join('\n')).not.toMatch(/A\.M\.B\.A\.\.|København Kommune/);
  });

  test('document language da-DK', async () => {
    const { styles } = await docx(filled);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="da-DK"/);
  });

  test('§ and Stk. are Word numbering, not typed numbers', async () => {
    const { paragraphs, numbering } = await docx(filled);
    expect(numbering).toContain('w:val="§ %1."');
    expect(numbering).toContain('w:val="Stk. %2."');
    const headings = paragraphs.filter((p) => p.style === 'Heading2');
    expect(headings.length).toBe(buildArticles(filled).clauses.length);
    expect(headings.every((h) => h.level === '0' && !/^§/.test(h.text))).toBe(true);
    expect(paragraphs.filter((p) => p.level === '1').length).toBeGreaterThan(5);
    expect(paragraphs.some((p) => /^(§ \d|Stk\. \d)/.test(p.text))).toBe(false);
  });

  test('the articles are clean: the Krav/Valg guidance is in Word comments, not the running text', async () => {
    const { paragraphs, comments, document } = await docx(filled);
    const body = paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toMatch(/^(Krav|Valg)\./m);
    expect(body).not.toContain('ikke juridisk rådgivning');
    const n = buildArticles(filled).clauses.length;
    expect([...comments.matchAll(/<w:comment /g)]).toHaveLength(n + 1);
    expect(comments).toContain('Krav. Erhvervsvirksomhedsloven (LEV) § 10, stk. 4');
    expect(comments).toContain('ikke juridisk rådgivning');
    expect([...document.matchAll(/<w:commentRangeStart /g)]).toHaveLength(n + 1);
    const clean = await docx(filled, false);
    expect(clean.comments).toBe('');
  });

  test('ends with the adoption and signature block', async () => {
    const { paragraphs } = await docx({ ...filled, boardSize: 5 });
    const texts = paragraphs.map((p) => p.text);
    const adopted = texts.findIndex((t) => t.startsWith('Vedtaget på den stiftende generalforsamling den'));
    expect(adopted).toBeGreaterThan(0);
    expect(texts.slice(adopted)).toEqual(expect.arrayContaining(['Dirigent', 'Bestyrelsesmedlem 1', 'Bestyrelsesmedlem 5']));
    expect(texts.slice(adopted).filter((t) => /^_+$/.test(t))).toHaveLength(6);
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
