import { SyncRedactor } from "redact-pii";
const r = new SyncRedactor({ builtInRedactors: { names: { enabled: true, replaceWith: "\u0001a\u0002" }, emailAddress: { enabled: true, replaceWith: "\u0001b\u0002" } } });
console.log(JSON.stringify(r.redact("Hi David Johnson, mail me at a@b.com")));
const r2 = new SyncRedactor();
console.log(r2.redact("Hi David Johnson, mail me at a@b.com or call 555-555-5555"));
