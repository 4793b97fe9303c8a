import { describe, expect, it } from "vitest";
import { missingProductionSetting } from "./production";

describe("missingProductionSetting", () => {
  const secret = "x".repeat(40);
  it("names DATABASE_URL when it is missing", () => {
    expect(missingProductionSetting({ NEXTAUTH_SECRET: secret })).toMatch(/^Missing setting DATABASE_URL/);
  });
  it("names NEXTAUTH_SECRET when it is missing or blank", () => {
    expect(missingProductionSetting({ DATABASE_URL: "postgresql://h/db" })).toMatch(/^Missing setting NEXTAUTH_SECRET/);
    expect(missingProductionSetting({ DATABASE_URL: "postgresql://h/db", NEXTAUTH_SECRET: "  " })).toMatch(/^Missing setting NEXTAUTH_SECRET/);
  });
  it("rejects a short secret and accepts a complete configuration", () => {
    expect(missingProductionSetting({ DATABASE_URL: "postgresql://h/db", NEXTAUTH_SECRET: "short" })).toMatch(/too short/);
    expect(missingProductionSetting({ DATABASE_URL: "postgresql://h/db", NEXTAUTH_SECRET: secret, IDENTITY_HASH_KEY: secret })).toBeNull();
  });
  it("names IDENTITY_HASH_KEY when it is missing or short", () => {
    expect(missingProductionSetting({ DATABASE_URL: "postgresql://h/db", NEXTAUTH_SECRET: secret })).toMatch(/^Missing setting IDENTITY_HASH_KEY/);
    expect(missingProductionSetting({ DATABASE_URL: "postgresql://h/db", NEXTAUTH_SECRET: secret, IDENTITY_HASH_KEY: "short" })).toMatch(/^Missing setting IDENTITY_HASH_KEY/);
  });
  it("prints exactly one line", () => {
    expect(missingProductionSetting({})!.split("\n")).toHaveLength(1);
  });
});
