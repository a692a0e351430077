/**
 * Pagefind's excerpts are page text with `<mark>` around the words found, and `<` `>` of the
 * text escaped. They are split into plain parts here so the page builds text nodes and `<mark>`
 * elements itself: nothing from an indexed page (a published story included) is ever parsed as HTML.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const unescape = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>');

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    if (piece) parts.push({ text: unescape(piece), mark });
  }
  return parts;
}
