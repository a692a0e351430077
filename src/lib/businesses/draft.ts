/** The business entry draft, kept in this browser until the database has accepted it (as for stories). */
import { emptyDraft, type Draft } from './fields.ts';

export const DRAFT_KEY = 'fv:business-draft';

export interface StoredDraft {
  version: 1;
  /** Set when the draft changes the partner's entry already in the directory. */
  businessId?: string;
  /** Set when the draft changes a submission already sent and still open. */
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

export function saveDraft(draft: Draft, target: { businessId?: string; submissionId?: string }, storage: Pick<Storage, 'setItem'>) {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, draft, ...target }));
  } catch {
    /* storage full or blocked: the form still holds the text */
  }
}

export const clearDraft = (storage: Pick<Storage, 'removeItem'>) => storage.removeItem(DRAFT_KEY);
