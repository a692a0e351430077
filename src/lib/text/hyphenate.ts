/**
 * Soft hyphens (U+00AD) in long Danish words, so a heading on a phone breaks a compound where Danish
 * breaks it ("Erhvervs-virksomhedsloven") instead of wherever the line ends ("Erhvervsvirksomhed|sloven").
 * CSS `hyphens: auto` does the same only where the browser has a Danish dictionary, which Chromium on
 * Linux and Windows often lacks. Build time only: the patterns are too large for the browser.
 * Search is unaffected: headings' ids drop the soft hyphens, and the words also stand in the text.
 */
import danish from 'hyphen/da/index.js';

/** Words shorter than this never need breaking on a 320 px screen. */
const MIN_WORD_LENGTH = 12;

/** `hyphenate('Erhvervsvirksomhedsloven')` → `'Er\u00ADhvervsvirk\u00ADsom\u00ADheds\u00ADlo\u00ADven'` */
export const hyphenate = (text: string): string => danish.hyphenateSync(text, { minWordLength: MIN_WORD_LENGTH });
