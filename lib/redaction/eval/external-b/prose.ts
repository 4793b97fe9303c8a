/**
 * Ordinary English prose with no personal data, to keep precision honest: capitalised words
 * at sentence starts, weekdays and months in general statements, numbers, units and product
 * words, none of which should be redacted.
 */
import type { Rng } from "../external/rng";
import { SpanBuilder } from "../external/sample";

const SENTENCES = [
  "The recipe calls for two cups of flour, a pinch of salt and enough water to bring the dough together.",
  "Let the bread rest for at least forty minutes before slicing it, or the crumb will be gummy.",
  "Most tomatoes ripen faster on the windowsill than in the fridge.",
  "Our team meets every Monday morning to plan the week and again on Thursday afternoon to review it.",
  "In March the days grow noticeably longer and the first bulbs push through the soil.",
  "The new release fixes a memory leak in the image viewer and speeds up search by about thirty percent.",
  "Backups run nightly and are kept for ninety days.",
  "If the printer shows a blinking orange light, open the front cover and remove any jammed paper.",
  "A good cover letter is short, specific and written for the job you are applying to.",
  "The museum is closed on public holidays and opens late on the first Friday of every month.",
  "Cyclists should keep to the right and signal before turning.",
  "Interest rates rose twice last year, which made mortgages noticeably more expensive.",
  "The committee agreed to postpone the decision until the budget figures are final.",
  "Water boils at a lower temperature at high altitude, so pasta takes longer to cook.",
  "Please remember to switch off the lights and close the windows when you leave the office.",
  "The library offers free courses on spreadsheets, photo editing and basic programming.",
  "Autumn is the best time to plant garlic: put the cloves in pointed end up, about five centimetres deep.",
  "Customer satisfaction improved after the support hours were extended to Saturday.",
  "The quarterly report shows steady growth in subscriptions and a small drop in churn.",
  "Running three times a week for twenty minutes is enough to notice a difference after a month.",
  "Keep medicines out of reach of children and check the expiry date before use.",
  "The bridge will be closed for repairs from the second week of June until the end of August.",
  "Sunflowers turn to follow the sun while they are young and stop once they bloom.",
  "Our office kitchen has a new coffee machine; descale it every two weeks.",
  "The train was delayed by twenty minutes because of a signal failure.",
  "Wind turbines produced more electricity than coal for the first time this winter.",
  "When you change the battery, make sure the plus sign faces up.",
  "A balanced diet includes vegetables, whole grains, some protein and plenty of water.",
  "The chess club welcomes beginners on Wednesday evenings.",
  "Version 2.4 drops support for the old configuration format, so migrate before upgrading.",
  "The survey had 1,204 responses, and most people preferred the shorter form.",
  "Keep receipts for at least six years in case the tax office asks for them.",
  "The hotel breakfast is served between seven and ten, and late checkout costs extra.",
  "Most birds that spend the summer here fly south in October.",
  "Our returns policy allows exchanges within thirty days with the original receipt.",
  "The meeting notes are in the shared folder under Planning.",
  "Cats sleep for up to sixteen hours a day, mostly in short naps.",
  "The heating engineer recommends bleeding the radiators before the cold weather starts.",
  "A clear subject line makes an e-mail far more likely to be read.",
  "The festival moved indoors this year because of the forecast.",
  "Paint dries faster in warm, dry air, so open a window if you can.",
  "The final chapter ties the story together, though the ending feels rushed.",
  "Tuesday's workshop covers accessibility basics: contrast, keyboard navigation and alt text.",
  "To reset the router, hold the small button on the back for ten seconds.",
  "Parking is free after six in the evening and all day on Sunday.",
  "The orchestra will play works by several composers, with a short interval after the first half.",
  "Apprentices spend four days a week at the workshop and one day at college.",
  "The soup tastes better on the second day once the flavours have settled.",
  "Energy prices are expected to fall slightly in the spring.",
  "The app now supports dark mode and larger text sizes.",
  "Students must submit the essay by the end of the term, typed and double spaced.",
  "Rainfall this year was well below the long-term average.",
  "New Year's Day falls on a Friday next year, so the office reopens on the fourth.",
  "The printer on the third floor is out of toner again.",
  "Reading aloud to young children helps them build vocabulary.",
  "The garden centre sells compost in forty-litre bags.",
];

export function prose(r: Rng): SpanBuilder {
  const b = new SpanBuilder();
  const n = r.int(2, 6);
  const used = new Set<number>();
  for (let i = 0; i < n; i++) {
    let k = r.int(0, SENTENCES.length - 1);
    while (used.has(k)) k = (k + 1) % SENTENCES.length;
    used.add(k);
    b.t((i ? (r.chance(0.2) ? "\n\n" : " ") : "") + SENTENCES[k]);
  }
  return b;
}
