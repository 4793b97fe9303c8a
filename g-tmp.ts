import { generateSamples } from "@/lib/redaction/eval/generator";
for (const s of [...generateSamples({split:"dev",count:10}), ...generateSamples({split:"holdout",count:12})]) { console.log("----", s.template, s.locale); console.log(s.text); console.log(s.spans.map(x=>x.type+":"+s.text.slice(x.start,x.end)).join(" | ")); }
