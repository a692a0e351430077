/**
 * The start of a long text, cut at a word: a card shows the start of a description and its page the
 * rest. `shorten('Et langt afsnit …', 10)` → `'Et langt …'`
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > 0 ? cut.slice(0, end) : text.slice(0, max)).replace(/[\s,;:.–-]+$/, '')} …`;
}
