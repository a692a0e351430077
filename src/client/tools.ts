/** The articles tool's draft, kept in this browser only: nothing typed in a tool leaves it. */
import type { ArticlesInput } from '../lib/tools/articles.ts';
import { clearArticlesDraft, loadArticlesDraft, saveArticlesDraft } from '../lib/tools/articles-draft.ts';

export const articlesDraft = {
  load: () => loadArticlesDraft(localStorage),
  save: (input: ArticlesInput) => saveArticlesDraft(input, localStorage),
  clear: () => clearArticlesDraft(localStorage),
};
