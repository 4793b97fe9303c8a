import { describe, expect, it } from "vitest";
import { clearDraft, readDraft, writeDraft, type CaseDraft } from "./case-draft";

function memoryStore() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

const pristine: CaseDraft = { expectedOutput: "Production answer", category: "", notes: "", tags: "" };

describe("case drafts", () => {
  it("keeps a changed label per case and gives it back", () => {
    const store = memoryStore();
    const draft = { ...pristine, expectedOutput: "Refund within 5 days.", category: "EDGE_CASE", tags: "refund, eu" };
    writeDraft("case-1", draft, pristine, store);
    expect(readDraft("case-1", store)).toEqual(draft);
    expect(readDraft("case-2", store)).toBeNull();
  });

  it("stores nothing for an untouched form, and forgets a draft changed back", () => {
    const store = memoryStore();
    writeDraft("case-1", pristine, pristine, store);
    expect(store.map.size).toBe(0);
    writeDraft("case-1", { ...pristine, notes: "x" }, pristine, store);
    writeDraft("case-1", pristine, pristine, store);
    expect(readDraft("case-1", store)).toBeNull();
  });

  it("clears a decided case's draft and survives a corrupt entry", () => {
    const store = memoryStore();
    writeDraft("case-1", { ...pristine, notes: "x" }, pristine, store);
    clearDraft("case-1", store);
    expect(readDraft("case-1", store)).toBeNull();
    store.setItem("evalmine:case-draft:case-9", "{not json");
    expect(readDraft("case-9", store)).toBeNull();
    store.setItem("evalmine:case-draft:case-8", JSON.stringify({ expectedOutput: 5, category: "DRIFT" }));
    expect(readDraft("case-8", store)).toEqual({ expectedOutput: "", category: "DRIFT", notes: "", tags: "" });
  });
});
