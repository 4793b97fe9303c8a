import { describe, expect, it } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/errors/answers";
import { explainFailure, thrownFailure, UNREACHABLE_MESSAGE } from "./action-outcome";

describe("explainFailure", () => {
  const generic = "Please correct the highlighted fields.";

  it("keeps the generic message when the form highlights a blamed field", () => {
    const failure = { ok: false as const, error: generic, fieldErrors: { min: ["At least 0."], scope: ["Choose overall or a source."] } };
    expect(explainFailure(failure, ["min", "max"])).toBe(failure);
  });

  it("says what is wrong when only fields the form doesn't show are blamed", () => {
    const failure = { ok: false as const, error: generic, fieldErrors: { expectedVersion: ["Reload: the version is missing."], itemId: undefined } };
    expect(explainFailure(failure, ["expectedOutput"])).toEqual({ ...failure, error: "Reload: the version is missing." });
  });

  it("leaves successes and failures without field errors alone", () => {
    expect(explainFailure({ ok: true, message: "Saved." }, [])).toEqual({ ok: true, message: "Saved." });
    expect(explainFailure({ ok: false, error: "Conflict." }, [])).toEqual({ ok: false, error: "Conflict." });
  });
});

describe("thrownFailure", () => {
  it("tells an ended session from an unreachable server", () => {
    expect(thrownFailure(false)).toEqual({ ok: false, error: SIGNED_OUT_MESSAGE, code: "signed-out" });
    expect(thrownFailure(true)).toEqual({ ok: false, error: UNREACHABLE_MESSAGE });
  });
});
