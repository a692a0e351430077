/** The contribution forms' drafts, kept in this browser's storage until the database accepts them. */
import * as business from '../lib/businesses/draft.ts';
import type { Draft as BusinessFields } from '../lib/businesses/fields.ts';
import * as story from '../lib/stories/draft.ts';
import type { Draft as StoryFields } from '../lib/stories/fields.ts';
import { browserStorage } from './storage.ts';

export const storyDraft = {
  load: () => story.loadDraft(browserStorage()),
  save: (draft: StoryFields, submissionId?: string) => story.saveDraft(draft, submissionId, browserStorage()),
  clear: () => story.clearDraft(browserStorage()),
};

export const businessDraft = {
  load: () => business.loadDraft(browserStorage()),
  save: (draft: BusinessFields, target: { businessId?: string; submissionId?: string }) =>
    business.saveDraft(draft, target, browserStorage()),
  clear: () => business.clearDraft(browserStorage()),
};
