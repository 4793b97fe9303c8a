import { generateSamples } from "@/lib/redaction/eval/generator";
import { redactText } from "@/lib/redaction/redact-text";
const want = process.argv[2];
const seen = new Map<string, number>();
for (const s of generateSamples({ split: "dev", count: 600 })) {
  const ents = redactText(s.text).entities;
  for (const g of s.spans) {
    if (g.type !== want) continue;
    const covered = ents.some((e) => e.start <= g.start && e.end >= g.end);
    if (!covered) { const k = s.template + "|" + s.locale + "| " + JSON.stringify(s.text.slice(g.start, g.end)) + " -> " + ents.filter(e=>e.start<g.end&&g.start<e.end).map(e=>e.type+":"+JSON.stringify(s.text.slice(e.start,e.end))).join(","); seen.set(k, 1); }
  }
  if (process.argv[3]) for (const e of ents) if (e.type === want && !s.spans.some(g => g.start < e.end && e.start < g.end)) console.log("FP", s.template, s.locale, JSON.stringify(s.text.slice(e.start, e.end)));
}
console.log([...seen.keys()].slice(0, 60).join("\n"));
