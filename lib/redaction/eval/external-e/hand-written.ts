/**
 * Corpus E, hand-written part: sentences written for this corpus in 24 languages, as people
 * type them to an assistant or a support desk, each personal span marked `⟦TYPE:value⟧`
 * (codes in render.ts). The ones with no mark carry nothing personal and measure words lost.
 */
import type { ExternalSample, TextKind } from "../external/sample";
import { HAND_EUROPE } from "./hand-europe";
import { HAND_WORLD } from "./hand-world";
import { parseMarked } from "./render";

/** [language, kind of text, marked sentence]. */
export type HandLine = readonly [string, TextKind, string];

const HAND_EN: readonly HandLine[] = [
  ["en", "chat", "me and ⟦P:priya⟧ went to the farmers market in ⟦L:Hackney⟧ and she wants the recipe for that chutney"],
  ["en", "chat", "can you make this text to ⟦P:Tom⟧ sound less passive aggressive: 'fine, I'll pick up ⟦P:Lily⟧ from school AGAIN'"],
  ["en", "chat", "My grandmother ⟦P:Edith Walsh⟧ was born on ⟦D:14 February 1931⟧ in ⟦L:Galway⟧, help me write her obituary"],
  ["en", "chat", "my boss ⟦P:Kowalczyk⟧ wants the deck by friday lol"],
  ["en", "chat", "Who should I invite? ⟦P:Sam⟧, ⟦P:Aisha⟧, ⟦P:Tomasz⟧, ⟦P:Mei⟧ and maybe ⟦P:Jonah⟧'s brother"],
  ["en", "chat", "I'm getting 401s, here's my key: ⟦S:sk-ant-api03-Xq7Lw2mZ9rT4vB8nK1pD6sH3jF0gY5cA⟧ what's wrong with the header?"],
  ["en", "chat", "is it weird that dr. ⟦P:patel⟧ called me at 7am about the results"],
  ["en", "chat", "Rewrite my cover letter. Contact line: ⟦P:Jordan A. Reyes⟧ · ⟦T:(415) 555-0198⟧ · ⟦E:jordan.reyes.dev@gmail.com⟧ · ⟦U:https://www.linkedin.com/in/jordanreyes-dev⟧"],
  ["en", "chat", "The passport number on my booking is wrong, it should be ⟦ID:548213907⟧ not 548213970"],
  ["en", "chat", "what does 'Deploy to Vercel' actually do with my env vars?"],
  ["en", "chat", "Why does my Jest mock of axios still hit the network?"],
  ["en", "email", "Hi ⟦P:Marcus⟧,\nThe kids' dentist moved their check-up to ⟦D:March 3⟧. Can you take them? I'm in ⟦L:Leeds⟧ that day.\nx ⟦P:Hannah⟧"],
  ["en", "email", "Thanks for your order!\n\nDelivering to: ⟦P:Gwen Ashby⟧, ⟦L:27 Larch Crescent⟧, ⟦L:Norwich⟧ ⟦L:NR2 4JQ⟧\nWe'll text ⟦T:07700 900412⟧ when the driver is close."],
  ["en", "email", "--\n⟦P:Oluwaseun Adeyemi⟧\nSenior Accountant | Brightwater Logistics\n⟦T:+234 803 555 1247⟧ | ⟦E:o.adeyemi@brightwater-logistics.ng⟧"],
  ["en", "incident", "Customer says her SSN ⟦SSN:531-44-8620⟧ shows up on the printed statement, escalate to compliance."],
  ["en", "incident", "Patient MRN ⟦ID:00482913⟧ was merged with the wrong chart on ⟦D:2026-01-17⟧; affected patient ⟦P:Luis Ortega⟧."],
  ["en", "incident", "The nightly build failed on the Postgres migration step again; rolling back to the previous image."],
  ["en", "record", "employee_id,name,start_city\n⟦ID:E-20417⟧,⟦P:Ravi Menon⟧,⟦L:Pune⟧\n⟦ID:E-20418⟧,⟦P:Chloe Dubois⟧,⟦L:Lyon⟧"],
  ["en", "record", "{\"account_number\": \"⟦ID:00493817264⟧\", \"holder\": \"⟦P:Mateo Fernández⟧\", \"iban\": \"⟦I:ES91 2100 0418 4502 0005 1332⟧\"}"],
  ["en", "record", "ts=2026-02-11T08:01:44Z level=error msg=\"login failed\" email=⟦E:k.nakamura@example.org⟧ ip=⟦IP:203.0.113.77⟧"],
  ["en", "address", "send it to ⟦P:Bea⟧ at ⟦L:1402 Willow Ave, Apt 3B, Hoboken, NJ 07030⟧ pls"],
  ["en", "prose", "Rotate the tyres every ten thousand kilometres and check the pressure once a month."],
  ["en", "code-log", "Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"],
  ["en", "chat", "Card got declined: ⟦C:4539 1488 0343 6467⟧ exp 09/28, is it the bank or the site?"],
  ["en", "chat", "our new hire ⟦P:Nguyen⟧ needs access to the Grafana dashboards and the Sentry project"],
  ["en", "chat", "ok so the group is me, ⟦P:dev⟧, ⟦P:anjali⟧ and ⟦P:marco⟧, split the airbnb 4 ways"],
  ["en", "chat", "Please proofread: 'On behalf of ⟦P:Eleanor R. Whitfield⟧ and the board, we thank Mr. ⟦P:Okafor⟧ for his service.'"],
  ["en", "email", "Hi all,\n\nReminder that ⟦P:Kenji⟧'s leaving drinks are on ⟦D:Thursday 12 March⟧ at the Crown.\n\n⟦P:Priyanka Shah⟧\nPeople Ops\nd: ⟦T:+44 20 7946 0321⟧"],
  ["en", "incident", "Login from unfamiliar IP ⟦IP:198.51.100.23⟧ for account ⟦E:m.haddad@protonmail.com⟧; user ⟦P:Haddad⟧ confirmed it wasn't her."],
  ["en", "record", "{\"user\": {\"name\": \"⟦P:Tessa van der Meer⟧\", \"profile\": \"⟦U:https://www.instagram.com/tessa.vandermeer⟧\", \"dob\": \"⟦D:2001-04-19⟧\", \"tier\": \"gold\"}}"],
  ["en", "chat", "my policy number is ⟦ID:HX-4418-2290⟧ and the claim is for my son ⟦P:Eli⟧, born ⟦D:June 2, 2017⟧"],
  ["en", "prose", "Preheat the oven to 200 degrees and roast the vegetables for about forty minutes, turning once."],
  ["en", "prose", "We moved the queue workers from Heroku to Fly.io and put Cloudflare in front of the API."],
  ["en", "chat", "Is it better to use Zod or Yup for validating Next.js server actions?"],
  ["en", "email", "Dear Professor ⟦P:Lindqvist⟧,\nI am writing to ask whether my thesis defence could move to ⟦D:15 June⟧.\nRespectfully,\n⟦P:Amara N. Obi⟧\nStudent no. ⟦ID:2219384⟧"],
];

const ALL: readonly HandLine[] = [...HAND_EN, ...HAND_EUROPE, ...HAND_WORLD];

export function handWrittenE(): ExternalSample[] {
  const seen = new Map<string, number>();
  return ALL.map(([lang, kind, marked]) => {
    const n = seen.get(lang) ?? 0;
    seen.set(lang, n + 1);
    const b = parseMarked(marked);
    return { id: `e.hand.${lang}.${n}`, locale: lang, lang, kind, template: `hand.${lang}.${n}`, text: b.text, spans: b.spans };
  });
}
