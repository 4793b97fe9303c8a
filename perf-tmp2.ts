import { redactText } from "@/lib/redaction/redact-text";
import { RECOGNIZERS } from "@/lib/redaction/registry";
const s = "Hello World ".repeat(20000);
console.log(redactText("Hello World Hello World").entities);
for (const r of RECOGNIZERS) { const t = Date.now(); const n = r.find(s).length; console.log(r.id, Date.now()-t, n); }
