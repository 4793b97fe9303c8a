import { describe, expect, it } from "vitest";
import { userQuestion } from "./question";

describe("userQuestion", () => {
  it("is the last user message, cut to length", () => {
    const input = { messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "First?" }, { role: "assistant", content: "Yes." }, { role: "user", content: "Does the warranty cover a cracked screen?" }] };
    expect(userQuestion(input)).toBe("Does the warranty cover a cracked screen?");
    expect(userQuestion(input, 10)).toBe("Does the …");
  });

  it("joins text parts and says when there is no user message", () => {
    expect(userQuestion({ messages: [{ role: "user", content: [{ type: "text", text: "Where is" }, { type: "text", text: "my order?" }] }] })).toBe("Where is my order?");
    expect(userQuestion({ messages: [{ role: "system", content: "x" }] })).toBe("(no user message)");
    expect(userQuestion(null)).toBe("(no user message)");
  });
});
