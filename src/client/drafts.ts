/** The contribution forms' drafts, kept in this browser's storage until the database accepts them. */
import * as business from '../lib/businesses/draft.ts';
import type { Draft as BusinessFields } from '../lib/businesses/fields.ts';
import * as event from '../lib/events/draft.ts';
import type { Draft as EventFields } from '../lib/events/fields.ts';
import * as story from '../lib/stories/draft.ts';
import type { Draft as StoryFields } from '../lib/stories/fields.ts';

/** Refused storage (private mode, blocked cookies) keeps nothing: the form still holds the text. */
const NOWHERE: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = { getItem: () => null, setItem: () => {}, removeItem: () => {} };

/** Its own few lines rather than the progress store's, so a form page does not share a chunk with the lessons. */
function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return NOWHERE;
  }
}

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

export const eventDraft = {
  load: () => event.loadDraft(browserStorage()),
  save: (draft: EventFields, submissionId?: string) => event.saveDraft(draft, submissionId, browserStorage()),
  clear: () => event.clearDraft(browserStorage()),
};
