import { describe, expect, it } from "vitest";
import { BatchStatus, Category, DiscardReason, Role } from "@/lib/generated/prisma/enums";
import { auditActionLabel, auditTargetLabel, BATCH_STATUS_LABEL, CATEGORY_LABEL, DISCARD_REASON_LABEL, miningReasonLabel, ROLE_CHOICES, ROLE_LABEL } from "./labels";

describe("enum labels", () => {
  it("label every value of every enum people see, so a new value cannot show up raw", () => {
    const cases: Array<[Record<string, string>, Record<string, string>]> = [
      [Category, CATEGORY_LABEL],
      [DiscardReason, DISCARD_REASON_LABEL],
      [Role, ROLE_LABEL],
      [BatchStatus, BATCH_STATUS_LABEL],
    ];
    for (const [values, labels] of cases) {
      expect(Object.keys(labels).sort()).toEqual(Object.values(values).sort());
      for (const label of Object.values(labels)) expect(label).not.toMatch(/_/);
    }
    expect(ROLE_CHOICES.map((c) => c.value).sort()).toEqual(Object.values(Role).sort());
  });

  it("name built-in mining reasons and an admin's custom rule by its name", () => {
    expect(miningReasonLabel("low_confidence")).toBe("Low confidence");
    expect(miningReasonLabel("custom:refund-mentions")).toBe("Custom: refund-mentions");
    expect(miningReasonLabel("something_new")).toBe("something_new");
  });

  it("give audit target types one naming style and actions a reading, with a fallback for new ones", () => {
    expect(["case", "evalitem", "ApiKey", "MiningRule", "TeamSetting", "Source"].map(auditTargetLabel)).toEqual(["Case", "Eval item", "API key", "Mining rule", "Team setting", "Source"]);
    expect(auditTargetLabel("SomethingNew")).toBe("Something new");
    expect(auditActionLabel("source.retention_change")).toBe("Retention changed");
    expect(auditActionLabel("widget.spun_up")).toBe("Widget spun up");
  });
});
