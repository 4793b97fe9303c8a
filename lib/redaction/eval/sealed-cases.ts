/**
 * Hand-written SEALED cases: written before the second tuning round and never looked
 * at sample by sample afterwards (the bench prints aggregates only). Same markup as
 * hard-cases.ts. Written for this project; no third-party labelled data.
 */
import { parseMarkup, type LabelledSample } from "./labelled-sample";

const CASES: Array<[group: string, marked: string]> = [
  ["person", "Can you draft a reply to [[PERSON:Tomasz Wiśniewski]] saying the delivery will be late?"],
  ["person", "@[[PERSON:fatima.zahra]] please take this ticket, [[PERSON:Hiroshi]] is out today."],
  ["person", "Summarise the call between [[PERSON:Ngozi Eze]] and our agent about the duplicate charge."],
  ["person", "The form was signed by [[PERSON:J. R. Okafor]] on [[DATE_TIME:12 May 2023]]."],
  ["person", "Regards,\n[[PERSON:Luis Fernando de la Cruz]]\nAccount Manager"],
  ["person", "my name's [[PERSON:aiyana begay]], i forgot my password"],
  ["person", "Escalation from customer [[PERSON:Oksana Melnyk]]: the app logs her out every hour."],
  ["person", "Thanks [[PERSON:Dmitri]], that worked. Also cc [[PERSON:Anneke van der Berg]] on the next email."],
  ["person", "Please book a table for [[PERSON:Mr. Abdullahi]] and his wife at 8pm."],
  ["person", "{\"ticket\": 9912, \"requester\": \"[[PERSON:Sun-hee Park]]\", \"priority\": \"high\"}"],
  ["person", "Interview notes: [[PERSON:Thandiwe Mokoena]] has five years of React experience."],
  ["person", "Hi there, this is [[PERSON:Kerry-Ann O'Sullivan]] from the finance team."],
  ["location", "I'm based in [[LOCATION:Eindhoven]] but travel to [[LOCATION:Kraków]] every month."],
  ["location", "Our warehouse at [[LOCATION:4500 Industrial Pkwy, Suite 210, Dayton, OH 45414]] ships daily."],
  ["location", "Please deliver to [[LOCATION:Flat 3, 27 Elm Grove, Leeds LS6 2AB]] after 5pm."],
  ["location", "She grew up in [[LOCATION:Kumasi]], [[LOCATION:Ghana]] and moved to [[LOCATION:Accra]] for university."],
  ["location", "Hotel booking: [[LOCATION:Rua Augusta 120, 1100-053 Lisboa]], check-in [[DATE_TIME:2025-06-14]]."],
  ["location", "The parcel is stuck at the depot near [[LOCATION:Bakersfield]]."],
  ["location", "Shipping address:\n[[PERSON:Mei Lin Tan]]\n[[LOCATION:Blk 118 Rivervale Drive #05-12\nSingapore 540118]]"],
  ["location", "We opened a second office in [[LOCATION:Nairobi]] and one in [[LOCATION:Bogotá]]."],
  ["location", "Ich wohne in der [[LOCATION:Lindenstraße 14, 50674 Köln]]."],
  ["location", "Weather for [[LOCATION:Hanoi]] tomorrow?"],
  ["mixed", "User: I'm [[PERSON:Aarav Mehta]], my flight from [[LOCATION:Mumbai]] landed in [[LOCATION:Frankfurt]] and my bag is missing. Call [[PHONE_NUMBER:+91 99876 54321]]."],
  ["mixed", "Assistant: I've booked the courier for [[PERSON:Sofia Marchetti]] at [[LOCATION:Via Garibaldi 23, 10122 Torino]]."],
  ["mixed", "lead: [[PERSON:Chen Jie]] ([[EMAIL_ADDRESS:chen.jie@example.cn]]), [[LOCATION:Shenzhen]], budget 40k"],
  ["negative", "The Lakers beat the Celtics last night, according to ESPN."],
  ["negative", "Set the Region to us-east-1 and the Availability Zone to B before you Deploy."],
  ["negative", "Turkey sandwiches and French fries are on the Friday menu."],
  ["negative", "Use the Chrome DevTools Network tab to inspect the Request Headers."],
  ["negative", "Mercury Retrograde is a Popular Topic In Our Astrology App Reviews."],
  ["negative", "The Jordan curve theorem and the Cauchy sequence are covered in week 4."],
];

/** The sealed hand-written cases as labelled samples. */
export function sealedCases(): LabelledSample[] {
  return CASES.map(([group, marked], i) => {
    const { text, spans } = parseMarkup(marked);
    return { id: `sealed-hard-${i}`, text, spans, template: `sealed:${group}`, locale: "mixed", split: "sealed" };
  });
}
