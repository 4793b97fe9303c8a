/**
 * Generated user messages for measuring the drift rule (scripts/bench-drift.ts and
 * drift.test.ts): a support assistant's usual topics and topics it has never seen, each
 * written many ways. A message is one of its topic's phrasings with the slots filled
 * (products, order numbers, dates), an optional greeting and sign-off, and sometimes a
 * second sentence of context, so two messages of one topic share an intent and some
 * wording but are rarely equal. Seeded: the same seed gives the same messages.
 */
export interface Topic {
  name: string;
  phrasings: string[];
  context: string[];
}

const SLOTS: Record<string, string[]> = {
  item: ["desk", "office chair", "standing lamp", "bookshelf", "sofa", "monitor arm", "coffee table", "wardrobe", "bed frame", "rug"],
  n: ["48213", "55120", "88123", "10452", "73310", "29984", "61007", "90211"],
  when: ["yesterday", "last week", "on Monday", "two weeks ago", "this morning", "on the 3rd", "a month ago"],
  colour: ["green", "grey", "oak", "white", "black", "navy"],
};

const GREETINGS = ["", "", "Hi,", "Hello,", "Hey there,", "Good morning,", "Hi team,", "Hello, quick question:"];
const SIGN_OFFS = ["", "", "Thanks.", "Thank you!", "Please help.", "Cheers", "Thanks in advance.", "I'd appreciate a quick answer."];

/** The assistant's usual traffic: what a window of recent weeks holds. */
export const USUAL_TOPICS: Topic[] = [
  {
    name: "order status",
    phrasings: [
      "where is my order {n}? it still hasn't arrived",
      "can you tell me the status of order {n}",
      "my {item} order {n} was supposed to arrive {when} and nothing came",
      "has order {n} shipped yet",
      "I ordered a {item} {when}, when will it be delivered",
    ],
    context: ["The tracking page shows no update.", "I need it before the weekend.", "I paid for express delivery."],
  },
  {
    name: "refund",
    phrasings: [
      "I want a refund for my {item}",
      "how do I get my money back for order {n}",
      "I returned the {item} {when} but haven't been refunded",
      "can I get a refund, the {item} arrived broken",
      "when will the refund for order {n} reach my card",
    ],
    context: ["It was damaged in the box.", "I sent it back with the prepaid label.", "The return was accepted by the courier."],
  },
  {
    name: "password reset",
    phrasings: [
      "I can't log in to my account",
      "how do I reset my password",
      "the password reset email never arrives",
      "I forgot my password and the reset link has expired",
      "my account is locked after too many login attempts",
    ],
    context: ["I checked my spam folder.", "I tried on my phone and laptop.", "It says the link is invalid."],
  },
  {
    name: "change address",
    phrasings: [
      "can I change the delivery address for order {n}",
      "I moved, how do I update my shipping address",
      "please send my {item} to a different address",
      "I entered the wrong address for order {n}",
    ],
    context: ["The order hasn't shipped yet.", "The new address is in the same city.", "I noticed right after paying."],
  },
  {
    name: "warranty",
    phrasings: [
      "does the warranty cover a broken {item}",
      "my {item} stopped working {when}, is it under warranty",
      "how long is the warranty on the {item}",
      "the leg of my {item} cracked, can I claim warranty",
    ],
    context: ["I bought it about a year ago.", "I still have the receipt.", "It was assembled following the manual."],
  },
  {
    name: "double charge",
    phrasings: [
      "you charged my card twice for order {n}",
      "I see two payments for the same {item}",
      "why was I billed twice {when}",
      "please reverse the duplicate charge on order {n}",
    ],
    context: ["My bank shows both as completed.", "I only placed one order.", "The amounts are identical."],
  },
  {
    name: "cancel order",
    phrasings: [
      "I want to cancel order {n}",
      "how do I cancel my {item} order",
      "please cancel the {item} I ordered {when}",
      "is it too late to cancel order {n}",
    ],
    context: ["I found it cheaper elsewhere.", "I ordered the wrong size.", "It hasn't been dispatched yet."],
  },
  {
    name: "availability",
    phrasings: [
      "is the {item} available in {colour}",
      "when will the {colour} {item} be back in stock",
      "do you still sell the {item}",
      "can I pre-order the {item} in {colour}",
    ],
    context: ["It shows sold out on the website.", "I need two of them.", "I saw it in your catalogue."],
  },
];

/** Topics the assistant has never seen: a shift in what users ask. */
export const NEW_TOPICS: Topic[] = [
  {
    name: "business invoice",
    phrasings: [
      "I need a VAT invoice with our company registration for order {n}",
      "can you issue the invoice to my employer instead of me",
      "our accounts department requires a purchase order number on the invoice",
      "please add our tax identification number to the invoice",
    ],
    context: ["We are a registered limited company.", "Our finance team closes the books on Friday.", "The invoice must show net and gross amounts."],
  },
  {
    name: "crypto payment",
    phrasings: [
      "do you accept bitcoin or other cryptocurrencies",
      "can I pay with ethereum from my wallet",
      "is there a stablecoin option at checkout",
      "which blockchain networks does your payment page support",
    ],
    context: ["I keep my savings in crypto.", "Card fees abroad are high for me.", "My wallet supports most tokens."],
  },
  {
    name: "assembly video",
    phrasings: [
      "the screws in the hardware bag don't match the diagram in step seven",
      "is there a video showing how to assemble it",
      "which way do the cam locks face when attaching the side panel",
      "the instructions skip the part where the drawer runners go",
    ],
    context: ["I've been at it for two hours.", "The pictures in the booklet are tiny.", "Two dowels seem to be missing."],
  },
  {
    name: "data deletion",
    phrasings: [
      "please delete all personal data you hold about me under the GDPR",
      "I want a copy of every piece of information you have stored on me",
      "how do I close my account and have my records erased",
      "who is your data protection officer and how do I contact them",
    ],
    context: ["I no longer want to be a customer.", "I'm exercising my rights as a data subject.", "Please confirm in writing."],
  },
  {
    name: "job application",
    phrasings: [
      "are you hiring warehouse staff in the northern distribution centre",
      "I sent my CV for the designer position and heard nothing back",
      "what does the interview process for engineering roles look like",
      "do you offer summer internships for students",
    ],
    context: ["I have five years of experience.", "I'm available to start immediately.", "A friend recommended applying."],
  },
  {
    name: "developer api",
    phrasings: [
      "what are the rate limits on your partner product catalogue endpoint",
      "our integration gets a 429 response when syncing inventory",
      "is there a sandbox environment for testing the orders webhook",
      "how do I rotate the client secret for our marketplace integration",
    ],
    context: ["We call it from a nightly job.", "Our store runs on a custom platform.", "The docs page seems out of date."],
  },
];

/** A small seeded generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** One message of the topic, written one of its ways. */
export function writeMessage(topic: Topic, random: () => number): string {
  const body = pick(random, topic.phrasings).replace(/\{(\w+)\}/g, (_, slot: string) => pick(random, SLOTS[slot] ?? [slot]));
  const parts = [pick(random, GREETINGS), body.charAt(0).toUpperCase() + body.slice(1) + (random() < 0.5 ? "?" : "."), random() < 0.4 ? pick(random, topic.context) : "", pick(random, SIGN_OFFS)];
  return parts.filter((part) => part !== "").join(" ");
}

/** `count` messages spread over the topics. */
export function writeMessages(topics: Topic[], count: number, random: () => number): string[] {
  return Array.from({ length: count }, () => writeMessage(pick(random, topics), random));
}
