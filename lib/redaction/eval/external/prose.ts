/**
 * Ordinary English prose with no personal data, to measure what the engine removes from
 * text it should leave alone. Sentences are the kind people ask assistants about: recipes,
 * gardening, software, money, health, study. Some words look like names or dates out of
 * context ("May", "Will", "Mark", "August", weekdays in a habit) and numbers appear with
 * units, versions and percentages; none of it identifies anyone.
 */
import type { Rng } from "./rng";

export const PROSE_SENTENCES: readonly string[] = [
  "Preheat the oven to 200 degrees and line a baking tray with parchment.",
  "Let the dough rest for at least 30 minutes before you roll it out.",
  "A pinch of salt makes chocolate taste more like chocolate, oddly enough.",
  "If the sauce splits, whisk in a spoonful of cold water off the heat.",
  "Tomatoes ripen faster in a paper bag with a banana.",
  "Water the seedlings from below so the roots grow down rather than up.",
  "Most herbs prefer full sun and soil that drains well.",
  "Prune the roses in late winter, just before new growth starts.",
  "Compost needs a mix of green and brown material, roughly one to three.",
  "In March the days get noticeably longer and the garden starts to wake up.",
  "May is usually the safest month to plant out anything frost-tender.",
  "Will the new policy change how overtime is calculated?",
  "Mark the deadline in the shared calendar so nobody misses it.",
  "The committee meets every Monday morning to review open items.",
  "On Fridays the office closes an hour early during the summer.",
  "The report is due at the end of the quarter, not the end of the month.",
  "A good commit message explains why a change was made, not just what changed.",
  "Cache invalidation and naming things remain the two hard problems.",
  "Write the test first, watch it fail, then make it pass.",
  "Version 3.2 of the library removed the deprecated callback interface.",
  "Upgrading from 1.x to 2.0 requires a database migration.",
  "The function returns null when the list is empty, which surprises people.",
  "Use a queue when the producer is faster than the consumer.",
  "Logging at debug level in production will fill the disk within hours.",
  "A timeout of 30 seconds is generous for an internal service call.",
  "The build takes about four minutes on a clean checkout.",
  "Pair programming works best in short sessions with frequent swaps.",
  "Index the column you filter on most often, and measure before and after.",
  "An emergency fund should cover three to six months of expenses.",
  "Interest compounds, so small monthly savings add up over a decade.",
  "Index funds spread risk across hundreds of companies at low cost.",
  "Check the small print for early repayment fees before you sign.",
  "A budget is a plan for money you have not spent yet.",
  "Inflation of 3 percent halves purchasing power in roughly 23 years.",
  "Drink water before you feel thirsty, especially on hot days.",
  "Stretching after a run helps more than stretching before it.",
  "Seven to nine hours of sleep is the range most adults need.",
  "Walking 8,000 steps a day is a realistic target for most people.",
  "Strength training twice a week protects bones as we age.",
  "The dog needs a walk before breakfast and another after dinner.",
  "Cats sleep for around 15 hours a day and are most active at dusk.",
  "Change the water in the fish tank a little at a time, never all at once.",
  "Read the question twice before you start writing the answer.",
  "Spaced repetition beats cramming for anything you want to remember.",
  "A thesis statement should fit in one sentence.",
  "Cite the edition you actually used, including the page number.",
  "The chapter on photosynthesis is on page 112.",
  "Light travels about 300,000 kilometres per second in a vacuum.",
  "Water boils at a lower temperature at high altitude.",
  "The moon's gravity causes two high tides a day in most places.",
  "Bees communicate the direction of flowers with a waggle dance.",
  "A leap year has 366 days, with an extra day at the end of February.",
  "The meeting ran long because nobody had prepared an agenda.",
  "Please keep the kitchen tidy and put dishes in the dishwasher.",
  "The printer on the second floor is out of toner again.",
  "We agreed to revisit the decision after the pilot ends.",
  "Feedback is easier to hear when it is specific and timely.",
  "Start each week by choosing the three things that matter most.",
  "Turn off notifications for an hour and see how much you get done.",
  "The train was delayed by twenty minutes because of signal problems.",
  "Pack a light rain jacket; the forecast changes quickly in the hills.",
  "Carry a refillable bottle and a small first-aid kit on long hikes.",
  "Book museum tickets online to skip the queue at the entrance.",
  "Exchange a little cash before you travel, then use a card abroad.",
  "Bright colours make a small room feel larger.",
  "Sand between coats of paint for a smoother finish.",
  "Bleed the radiators in autumn if the tops stay cold.",
  "A dripping tap can waste thousands of litres of water a year.",
  "Label the fuse box so the next person knows which switch is which.",
  "The recipe serves four, or two very hungry people.",
  "Bread freezes well if you slice it first.",
  "Roast the vegetables at a high temperature so they brown rather than steam.",
  "Soak the beans overnight and discard the water before cooking.",
  "A sharp knife is safer than a blunt one.",
  "Children learn to read at different speeds, and that is normal.",
  "Bedtime stories help build vocabulary long before school starts.",
  "Limit screens an hour before bed to help everyone sleep.",
  "The library extended its opening hours during exam season.",
  "August is the busiest month for the campsite, so book early.",
  "The warranty covers parts for two years but labour for only one.",
  "Keep the receipt until the return period has ended.",
  "Unplug chargers when you are not using them.",
  "The battery lasts longer if you avoid charging it to 100 percent every night.",
  "Restart the router if the connection keeps dropping.",
  "A strong password is long; length matters more than symbols.",
  "Two-factor authentication stops most account takeovers.",
  "Back up important files to two places, one of them offline.",
  "The survey had a response rate of 42 percent, which is good for this kind of study.",
  "Correlation is not causation, however tempting the chart looks.",
  "Round the figures to one decimal place in the summary table.",
  "The median is less affected by outliers than the mean.",
  "Grace periods for late payment vary between providers.",
  "The bill goes up by a small amount each year in line with inflation.",
  "Rose, lavender and sage all attract pollinators to the garden.",
  "Jack up the car on firm ground and never work under it without stands.",
];

/** 3-7 sentences in one or two paragraphs. */
export function proseText(r: Rng): string {
  const n = r.int(3, 7);
  const picked: string[] = [];
  // Without repeats: a paragraph that says the same thing twice is not how people write.
  while (picked.length < n) {
    const s = r.pick(PROSE_SENTENCES);
    if (!picked.includes(s)) picked.push(s);
  }
  const split = n >= 5 && r.chance(0.5) ? r.int(2, n - 2) : n;
  return picked.slice(0, split).join(" ") + (split < n ? "\n\n" + picked.slice(split).join(" ") : "");
}
