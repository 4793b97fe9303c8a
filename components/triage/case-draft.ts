/**
 * A reviewer's unsaved label for one case, kept in the tab's sessionStorage so that a
 * session that expires mid-case (or a reload) loses nothing: the form restores it when
 * the case opens again. sessionStorage dies with the tab, and the text is the reviewer's
 * own, written over already-redacted data. Cleared once the case is decided.
 */
export interface CaseDraft {
  expectedOutput: string;
  category: string;
  notes: string;
  tags: string;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "evalmine:case-draft:";

function storage(store?: Store): Store | null {
  if (store) return store;
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    // Storage blocked (privacy mode): drafts are a convenience, never a failure.
    return null;
  }
}

export function readDraft(caseId: string, store?: Store): CaseDraft | null {
  const raw = storage(store)?.getItem(PREFIX + caseId);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<CaseDraft>;
    const field = (key: keyof CaseDraft) => (typeof value[key] === "string" ? value[key] : "");
    return { expectedOutput: field("expectedOutput"), category: field("category"), notes: field("notes"), tags: field("tags") };
  } catch {
    return null;
  }
}

/** Saves the draft, or forgets it when it says nothing more than the case already did (`pristine`). */
export function writeDraft(caseId: string, draft: CaseDraft, pristine: CaseDraft, store?: Store): void {
  const target = storage(store);
  if (!target) return;
  const same = (Object.keys(pristine) as (keyof CaseDraft)[]).every((key) => draft[key] === pristine[key]);
  try {
    if (same) target.removeItem(PREFIX + caseId);
    else target.setItem(PREFIX + caseId, JSON.stringify(draft));
  } catch {
    // Quota exceeded: keep going without the draft.
  }
}

export function clearDraft(caseId: string, store?: Store): void {
  storage(store)?.removeItem(PREFIX + caseId);
}
