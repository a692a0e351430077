/** Turns the static knowledge check (questions with answers in <details>) into the interactive one. */
import { render } from 'preact';
import KnowledgeCheck, { type KnowledgeCheckProps } from '../islands/KnowledgeCheck.tsx';

export function mountKnowledgeCheck(box: HTMLElement) {
  // On an English page the props carry the check's English words (KnowledgeCheckStatic.astro).
  const props = JSON.parse(box.querySelector('script[type="application/json"]')!.textContent!) as KnowledgeCheckProps;
  const focused = box.contains(document.activeElement);
  box.replaceChildren();
  render(<KnowledgeCheck {...props} />, box);
  if (focused) box.querySelector<HTMLElement>('input')?.focus();
}
