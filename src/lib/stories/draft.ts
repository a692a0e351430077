/**
 * The submission draft, kept in this browser from the first keystroke until the database has
 * accepted it: it survives reloads, sign-in and failed requests. Removed only after acceptance
 * (or when the learner deletes their data / signs out). The storage is handed in (src/client/drafts.ts).
 */
import { emptyDraft, type Draft } from './fields.ts';

export const DRAFT_KEY = 'fv:story-draft';

export interface StoredDraft {
  version: 1;
  /** Set when the draft edits a submission already sent. */
  submissionId?: string;
  draft: Draft;
  savedAt: string;
}

export function loadDraft(storage: Pick<Storage, 'getItem'>): StoredDraft | null {
  try {
    const raw = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null') as StoredDraft | null;
    if (raw?.version !== 1 || typeof raw.draft !== 'object') return null;
    return { ...raw, draft: { ...emptyDraft(), ...raw.draft } };
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft, submissionId: string | undefined, storage: Pick<Storage, 'setItem'>) {
  const stored: StoredDraft = { version: 1, draft, savedAt: new Date().toISOString(), ...(submissionId ? { submissionId } : {}) };
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(stored));
  } catch {
    /* storage full or blocked: the form still holds the text */
  }
}

export const clearDraft = (storage: Pick<Storage, 'removeItem'>) => storage.removeItem(DRAFT_KEY);
