/**
 * A Markdown (hast) plugin: soft hyphens in the long words of a lesson's or story's headings (see
 * src/lib/text/hyphenate.ts). It runs before Astro gives headings their ids; the slugger drops the
 * soft hyphens, so anchors stay the same.
 */
import { hyphenate } from '../lib/text/hyphenate.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);

export const hyphenateHeadings = {
  name: 'faelles-vaerdier:hyphenate-headings',
  text(
    node: { type: 'text'; value: string },
    ctx: { parent(node: unknown): { type: string; tagName?: string } | undefined; replaceNode(node: unknown, next: unknown): void },
  ) {
    const parent = ctx.parent(node);
    if (parent?.type !== 'element' || !HEADINGS.has(parent.tagName ?? '')) return;
    const value = hyphenate(node.value);
    if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
  },
};
