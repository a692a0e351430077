/**
 * How a partner's plain text becomes paragraphs, the same on the public page and in the editors'
 * preview: blank lines separate paragraphs, single line breaks stay as lines. No markup is read.
 */
export const paragraphs = (text: string): string[][] =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split('\n'));
