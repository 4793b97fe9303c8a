import { describe, expect, it } from "vitest";
import { actorName, describeEntry } from "./describe-entry";

describe("describeEntry", () => {
  it("turns old and new settings into field changes with units", () => {
    expect(
      describeEntry("source.retention_change", {
        source: "support-assistant",
        from: { retentionDays: 30, retentionPolicy: "Kept 30 days." },
        to: { retentionDays: 14, retentionPolicy: "Kept 30 days." },
      }),
    ).toEqual({ summary: "", changes: [{ field: "Retention", from: "30 days", to: "14 days" }] });
    expect(describeEntry("source.update", { changes: { sampleRate: { from: 0.2, to: 0.05 }, active: { from: true, to: false }, pullFolder: { from: null, to: "/data/in" } } }).changes).toEqual([
      { field: "Sample rate", from: "20%", to: "5%" },
      { field: "Active", from: "yes", to: "no" },
      { field: "Pull folder", from: "none", to: "/data/in" },
    ]);
  });

  it("reads roles, categories, reasons and bands as labels, never raw values", () => {
    expect(describeEntry("user.role_change", { from: "REVIEWER", to: "LEAD" }).changes).toEqual([{ field: "Role", from: "Reviewer", to: "Lead" }]);
    expect(describeEntry("case.accepted", { category: "EDGE_CASE" }).summary).toBe("as Edge case");
    expect(describeEntry("case.discarded", { reason: "PII_LEAK" }).summary).toBe("PII leak");
    expect(describeEntry("source.weekly_target", { from: { min: null, max: null }, to: { min: 5, max: 8 } }).changes).toEqual([{ field: "Band", from: "the overall band", to: "5-8 per week" }]);
    expect(describeEntry("case.revised", { from: "ACCEPTED", to: "DISCARDED" }).changes).toEqual([{ field: "Decision", from: "Accepted", to: "Discarded" }]);
  });

  it("describes second reviews, curated cases, assignments and guides in words, not raw details", () => {
    expect(describeEntry("case.awaiting_approval", { category: "DRIFT" }).summary).toBe("as Drift; waits for a second reviewer");
    expect(describeEntry("case.approved", { itemId: "x", category: "EDGE_CASE", firstCategory: "HAPPY_PATH" })).toEqual({
      summary: "into the eval set as Edge case",
      changes: [{ field: "Category", from: "Happy path", to: "Edge case" }],
    });
    expect(describeEntry("case.sent_back", { category: "DRIFT", firstCategory: "DRIFT" })).toEqual({ summary: "back to the first reviewer", changes: [] });
    expect(describeEntry("cases.imported", { origin: "SYNTHETIC", added: 2, batch: "2026-W48" }).summary).toBe("2 synthetic cases into 2026-W48");
    expect(describeEntry("source.second_review", { from: null, to: 2 }).changes).toEqual([{ field: "Second review", from: "off", to: "1 in 2 accepted cases" }]);
    expect(describeEntry("settings.assignment_stale_hours", { from: 24, to: 36 }).changes).toEqual([{ field: "Back to the pool after", from: "24 hours", to: "36 hours" }]);
    expect(describeEntry("guideline.update", { category: "ADVERSARIAL", charsBefore: 0, charsAfter: 412 })).toEqual({ summary: "Adversarial", changes: [{ field: "Length", from: "0 characters", to: "412 characters" }] });
    expect(describeEntry("cases.unassigned", { released: 1 }).summary).toBe("1 case back to the shared pool");
  });

  it("summarises counts with the right plural", () => {
    expect(describeEntry("batch.close", { isoWeek: "2026-W48", movedPending: 1, movedTo: "2026-W49" }).summary).toBe("2026-W48; 1 pending case moved to 2026-W49");
    expect(describeEntry("retention.purge", { deletedLogs: 1240, deletedCases: 0, status: "SUCCEEDED" }).summary).toBe("deleted 1,240 logs and 0 cases");
    expect(describeEntry("retention.purge_dry_run", { deletedLogs: 1, deletedCases: 1, status: "FAILED", error: "timeout" }).summary).toBe("would delete 1 log and 1 case (failed: timeout)");
  });

  it("still shows the changes of an action it has no words for", () => {
    expect(describeEntry("widget.tuned", { from: { speed: 1 }, to: { speed: 2 } })).toEqual({ summary: "", changes: [{ field: "speed", from: "1", to: "2" }] });
    expect(describeEntry("widget.tuned", null)).toEqual({ summary: "", changes: [] });
  });
});

describe("actorName", () => {
  it("names people by email, jobs and keys in words", () => {
    expect(actorName("user:admin@evalmine.local")).toBe("admin@evalmine.local");
    expect(actorName("system:retention-purge")).toBe("System (retention purge)");
    expect(actorName("apikey:em_live_ab12")).toBe("API key em_live_ab12…");
  });
});
