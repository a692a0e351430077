/**
 * The articles draft, kept in this browser as the user types (never sent anywhere). Storage is
 * passed in, as in src/lib/progress, so the functions run in tests without a browser.
 */
import { emptyArticles, type ArticlesInput } from './articles.ts';

export const ARTICLES_KEY = 'fv:vedtaegter';

export function loadArticlesDraft(storage: Pick<Storage, 'getItem'>): ArticlesInput {
  try {
    const raw = JSON.parse(storage.getItem(ARTICLES_KEY) ?? 'null') as { version?: number; input?: Partial<ArticlesInput> } | null;
    if (raw?.version !== 1 || typeof raw.input !== 'object' || raw.input === null) return emptyArticles();
    return { ...emptyArticles(raw.input.form), ...raw.input };
  } catch {
    return emptyArticles();
  }
}

export function saveArticlesDraft(input: ArticlesInput, storage: Pick<Storage, 'setItem'>) {
  try {
    storage.setItem(ARTICLES_KEY, JSON.stringify({ version: 1, input, savedAt: new Date().toISOString() }));
  } catch {
    /* storage full or blocked: the form still holds the text */
  }
}

export const clearArticlesDraft = (storage: Pick<Storage, 'removeItem'>) => storage.removeItem(ARTICLES_KEY);
