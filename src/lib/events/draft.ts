/**
 * The event draft, kept in this browser from the first keystroke until the database has accepted
 * it (as for stories): it survives reloads, sign-in and failed requests.
 */
import { emptyDraft, type Draft } from './fields.ts';

export const DRAFT_KEY = 'fv:event-draft';

export interface StoredDraft {
  version: 1;
  /** Set when the draft edits a submission already sent. */
  submissionId?: string;
  draft: Draft;
}

export function loadDraft(storage: Pick<Storage, 'getItem'>): StoredDraft | null {
  try {
    const raw = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null') as StoredDraft | null;
    return raw?.version === 1 && typeof raw.draft === 'object' ? { ...raw, draft: { ...emptyDraft(), ...raw.draft } } : null;
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft, submissionId: string | undefined, storage: Pick<Storage, 'setItem'>) {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, draft, ...(submissionId ? { submissionId } : {}) }));
  } catch {
    /* storage full or blocked: the form still holds the text */
  }
}

export const clearDraft = (storage: Pick<Storage, 'removeItem'>) => storage.removeItem(DRAFT_KEY);
