import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { oneLine, oneLineForm } from "./recognizers/one-line";
import { isMachineText, LINE_OPENING_PATTERNS, machineDateSpans } from "./recognizers/code-context";

// Speed pass 11: the machine-text and machine-date patterns take their one-line form on texts
// without a line terminator. The two forms must find the same matches there, and only there.
const PIECES = ["npm ERR! ", "npm error ", "FROM node", "RUN make", "diff --git ", "@@ -1,2 +3,4 @@", "--- a/x", "Stack trace:", "#0 ", "PHP Fatal error:", "from app.rb:12:in ", "I0314 09:21:33.123456  42 main.go:7]", "Mar 14 09:21:33 ", "host ", "sshd[22]: ", "apiVersion: v1", "kind: Pod", "14.03.2025", "3/14/2025", "2025-03-14", "2025. 3. 14.", "09:21:33", "9:21", " AM", ", ", "[", "]", " ERROR ", "DEBUG ", "INFO: ", "WARN", " - ", " | ", "A_B=1", "KEY=", "key: value", "name:", "$ ", "kubectl get", " --all", "TypeError: ", "> Task :", "f(x);", "${a}", "a=1 b=2 c=3", "<a href=\"x\">", "* * * * * /x", "[09:21:33]", "klo ", "上午", "  at com.x.Y.run(Y.java:5)", "  File \"a.py\", line 3", "Traceback (", "goroutine 7", "panic: ", " --> src", "Caused by: ", "import x", "const a = 1", "def f(", "return x", " ", "  ", "\t", "\u00a0", "x", "é", "7"];

function matches(re: RegExp, text: string): string[] {
  const all = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  return [...text.matchAll(all)].map((m) => `${m.index}:${m[0]}`);
}

describe("one-line forms of the line-opening patterns", () => {
  it("find the same matches as the patterns in any text of one line", () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }).map((p) => p.join(""));
    for (const re of LINE_OPENING_PATTERNS) {
      const one = oneLineForm(re);
      fc.assert(fc.property(text, (t) => !oneLine(t) || JSON.stringify(matches(one, t)) === JSON.stringify(matches(re, t))), { numRuns: 1500 });
    }
    // Not vacuous: the pieces open lines as machine text does.
    expect(LINE_OPENING_PATTERNS.filter((re) => oneLineForm(re) !== re && ["npm ERR! x", "14.03.2025 ERROR disk full", "Mar 14 09:21:33 host sshd[22]: x", "14.03.2025, 09:21:33 x"].some((t) => oneLineForm(re).test(t))).length).toBeGreaterThanOrEqual(4);
  });

  it("keep a pattern with neither the m flag nor a line opening as it is", () => {
    const re = /\bx$/g;
    expect(oneLineForm(re)).toBe(re);
    expect(oneLine("a\rb") || oneLine("a\u2028b") || oneLine("a\nb")).toBe(false);
  });

  it("are taken only where the text has no line break", () => {
    // A line opening after "\n": the one-line form would miss it.
    expect(machineDateSpans("ok\n14.03.2025 ERROR disk full")).toEqual([[3, 13]]);
    expect(machineDateSpans("ok\n14.03.2025, 09:21:33 started").length).toBeGreaterThan(0);
    expect(isMachineText("build\nnpm ERR! code E404\nnpm ERR! 404 Not Found")).toBe(true);
    expect(isMachineText("Mar 14 09:21:33 host sshd[22]: accepted\nMar 14 09:21:34 host sshd[22]: closed")).toBe(true);
    // A stack frame opening a line after "\r" (the m flag's ^ follows it) with an exception.
    expect(isMachineText("failed\r  at com.acme.Job.run(Job.java:42)\rjava.lang.IllegalStateException: x")).toBe(true);
  });
});
