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
