import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHECKLISTS, extractChecklist, tickStore } from '../../src/lib/tools/checklist.ts';
import { TOOLS, toolsForLesson } from '../../src/lib/tools/catalogue.ts';
import { FORM_PROFILES } from '../../src/lib/tools/chooser.ts';
import { CLAUSES } from '../../src/lib/tools/clauses.ts';
import { RATES } from '../../src/lib/tools/rates.ts';

const lessonFiles = readdirSync(new URL('../../courses/', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\/\d\d-.*\.md$/.test(f))
  .map((f) => ({ path: `courses/${f}`, text: readFileSync(new URL(`../../courses/${f}`, import.meta.url), 'utf8') }));
const lessonById = new Map(lessonFiles.map((l) => [l.text.match(/^id: (.+)$/m)![1]!.trim(), l]));

describe('checklists come from the lessons', () => {
  for (const c of CHECKLISTS)
    test(`${c.slug} has the items of ${c.lesson}`, () => {
      const lesson = lessonById.get(c.lesson);
      expect(lesson, `lektionen ${c.lesson} findes`).toBeDefined();
      const groups = extractChecklist(lesson!.text, c.heading);
      const items = groups.flatMap((g) => g.items);
      expect(items.length, `${lesson!.path}: punkter i tjeklisten`).toBeGreaterThanOrEqual(5);
      expect(
        items.every((i) => !/\]\(|\*\*/.test(i.text)),
        'ingen Markdown i punkterne',
      ).toBe(true);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    });

  test('bold lines become groups, table rows become items with their first cell as title', () => {
    const md =
      '## Tjekliste: x\n\n**Gruppe A**\n- Et [led](/x/) her\n- **To**\n\n| Hvornår | Opgave |\n| --- | --- |\n| Først | Gør noget |\n## Næste\n- ude';
    expect(extractChecklist(md, /^Tjekliste/).map((g) => [g.title, g.items.map((i) => i.text)])).toEqual([
      ['Gruppe A', ['Et led her', 'To']],
      ['Først', ['Gør noget']],
    ]);
    expect(() => extractChecklist(md, /^Findes ikke/)).toThrow('Ingen overskrift');
  });

  test('ticks are kept per list and survive a broken entry', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    const a = tickStore(storage, 'a');
    a.set('x', true);
    a.set('y', true);
    a.set('x', false);
    expect([...tickStore(storage, 'a').get()]).toEqual(['y']);
    expect(tickStore(storage, 'b').get().size).toBe(0);
    data.set('fv:tjekliste:a', 'not json');
    expect(a.get().size).toBe(0);
  });
});

describe('the catalogue links to lessons that exist', () => {
  test('every tool names existing lessons, and every lesson id named by the chooser and clauses exists', () => {
    const ids = [
      ...TOOLS.flatMap((t) => t.lessons),
      ...Object.values(FORM_PROFILES).flatMap((p) => p.lessons),
      ...CLAUSES.map((c) => c.lesson),
    ];
    for (const id of ids) expect(lessonById.has(id), `lektionen ${id}`).toBe(true);
  });

  test('the lessons the issue names link to their tools', () => {
    expect(toolsForLesson('amba-andelsbeskatning').map((t) => t.slug)).toContain('kooperationsskat');
    expect(toolsForLesson('rsv-udbytteloftet').map((t) => t.slug)).toContain('rsv-udbytteloft');
    expect(toolsForLesson('medejer-medarbejderaktier-7p').map((t) => t.slug)).toContain('medarbejderaktier');
    expect(toolsForLesson('indkoeb-klar-til-at-byde').map((t) => t.slug)).toContain('tjekliste/klar-til-at-byde');
    expect(toolsForLesson('rummelig-reformen-og-hjaelp-i-koebenhavn').map((t) => t.slug)).toContain('tjekliste/klar-til-at-ansaette');
  });

  test('every clause has a legal basis with an address, a version and a date', () => {
    for (const c of CLAUSES) {
      expect(c.basis.url, c.id).toMatch(/^https:\/\//);
      expect(c.version, c.id).toMatch(/^\d+\.\d+$/);
      expect(c.date, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('every rate is dated and sourced', () => {
    for (const group of Object.values(RATES))
      for (const [name, rate] of Object.entries(group)) {
        expect(rate.validFrom, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(rate.source.url, name).toMatch(/^https:\/\//);
      }
  });
});
