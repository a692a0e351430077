/**
 * Checklists taken from a lesson's own "## Tjekliste …" section, so the printable page and the
 * lesson can never drift apart; and the ticks, kept in the browser's storage (passed in).
 */
export interface ChecklistItem {
  id: string;
  text: string;
}

export interface ChecklistGroup {
  title?: string;
  items: ChecklistItem[];
}

/** Markdown inline → plain text: links keep their words, emphasis marks go. */
const plain = (s: string) =>
  s
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A short, stable id from the item's text, so ticks survive reordering. */
export function itemId(text: string): string {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h.toString(36);
}

/**
 * The items under the first heading that matches `heading` (up to the next "## "): list items,
 * bold lines as group titles, and table rows (first cell the group, the rest the item).
 */
export function extractChecklist(markdown: string, heading: RegExp): ChecklistGroup[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^## /.test(l) && heading.test(l.slice(3)));
  if (start < 0) throw new Error(`Ingen overskrift, der passer til ${heading}, i lektionen.`);
  const groups: ChecklistGroup[] = [];
  const current = () => groups.at(-1) ?? (groups.push({ items: [] }), groups.at(-1)!);
  let tableRow = 0;
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2} /.test(line)) break;
    const bold = line.match(/^\*\*(.+)\*\*\s*$/);
    const item = line.match(/^\s*(?:[-*]|\d+\.)\s+(?:\[[ x]\]\s+)?(.+)$/);
    if (bold) groups.push({ title: plain(bold[1]!), items: [] });
    else if (item) current().items.push({ id: itemId(plain(item[1]!)), text: plain(item[1]!) });
    else if (line.startsWith('|')) {
      tableRow++;
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => plain(c));
      if (tableRow <= 2 || cells.length < 2) continue; // header and separator
      const text = cells.slice(1).join(' ');
      groups.push({ title: cells[0], items: [{ id: itemId(`${cells[0]}: ${text}`), text }] });
    }
  }
  const filled = groups.filter((g) => g.items.length > 0);
  if (!filled.length) throw new Error(`Tjeklisten under ${heading} er tom.`);
  return filled;
}

export interface TickStore {
  get(): Set<string>;
  set(id: string, done: boolean): Set<string>;
  clear(): void;
}

/** Ticks of one checklist in storage under `fv:tjekliste:<slug>`. */
export function tickStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, slug: string): TickStore {
  const key = `fv:tjekliste:${slug}`;
  const get = () => {
    try {
      const raw = JSON.parse(storage.getItem(key) ?? '[]');
      return new Set<string>(Array.isArray(raw) ? raw.filter((x) => typeof x === 'string') : []);
    } catch {
      return new Set<string>();
    }
  };
  return {
    get,
    set(id, done) {
      const ticks = get();
      if (done) ticks.add(id);
      else ticks.delete(id);
      try {
        storage.setItem(key, JSON.stringify([...ticks]));
      } catch {
        /* storage blocked: the tick shows until the page is left */
      }
      return ticks;
    },
    clear: () => storage.removeItem(key),
  };
}

export const CHECKLISTS = [
  { slug: 'revisors-amba-tjekliste', lesson: 'amba-revisors-tjekliste', heading: /^Tjekliste$/ },
  { slug: 'det-foerste-aar', lesson: 'kooperativ-det-foerste-aar', heading: /^Tjekliste: det første år/ },
  { slug: 'klar-til-at-byde', lesson: 'indkoeb-klar-til-at-byde', heading: /^Tjekliste: klar til at byde/ },
  { slug: 'klar-til-at-ansaette', lesson: 'rummelig-reformen-og-hjaelp-i-koebenhavn', heading: /^Tjekliste: klar til at ansætte/ },
] as const;
