import { redactText } from "@/lib/redaction/redact-text";
const MB = 1_000_000;
const cases: Record<string,string> = {
  digits: "1".repeat(MB), digits100k: ("1234567890".repeat(10_000) + " ").repeat(10),
  at: "@".repeat(MB), dots: ".".repeat(MB), dashes: "-".repeat(MB), spaces: " ".repeat(MB),
  brackets: "[".repeat(MB/2) + "]".repeat(MB/2), nested: "({[<".repeat(MB/4),
  token: ("a".repeat(200_000) + " ").repeat(5), tokenCap: ("A".repeat(200_000) + " ").repeat(5),
  hexcolon: "a:".repeat(MB/2), digitsSpaced: "1 ".repeat(MB/2), dotsDigits: "1.".repeat(MB/2),
  emailish: "a@b.".repeat(MB/4), words: "Hello World ".repeat(MB/12), caps: "Aa ".repeat(MB/3),
  urlish: "http://".repeat(MB/7), eyj: "eyJ".repeat(MB/3), phone: "(555) 123-4567, ".repeat(MB/16),
  pem: "-----BEGIN PRIVATE KEY-----".repeat(MB/27), nums: "12 ".repeat(MB/3), mix: "a1-".repeat(MB/3),
};
for (const [name, s] of Object.entries(cases)) { const t = Date.now(); const r = redactText(s, { maxBytes: Infinity }); console.log(name.padEnd(14), Date.now()-t, "ms", r.entities.length); }
