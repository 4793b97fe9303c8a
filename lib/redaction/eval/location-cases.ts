/**
 * Hand-written LOCATION cases from around the world (dev split: written and tuned on in
 * round 3, from general knowledge of how addresses and places appear in logs; NOT derived
 * from the sealed split). Inline markup as in hard-cases.ts. Place and street names are
 * made up or common, so the cases test shapes and cues rather than list look-ups.
 */
import { parseMarkup, type LabelledSample } from "./labelled-sample";

const CASES: Array<[group: string, marked: string]> = [
  ["street-de", "Lieferadresse: [[LOCATION:Lindenstr. 14, 80331 München]]"],
  ["street-ch", "Bitte an [[LOCATION:Bahnhofstrasse 22, 8001 Zürich]] senden."],
  ["street-nl", "My new address is [[LOCATION:Kerkstraat 7, 1017 GA Amsterdam]]."],
  ["street-nl", "Het pakket ging naar [[LOCATION:Dorpslaan 3]] in [[LOCATION:Zwolle]]."],
  ["street-se", "Leverans till [[LOCATION:Storgatan 12, 111 51 Stockholm]]"],
  ["street-no", "Jeg bor i [[LOCATION:Kirkeveien 45, 0368 Oslo]]"],
  ["street-no", "Send it to [[LOCATION:Strandgata 8, 5013 Bergen]], Norway please"],
  ["street-dk", "Adresse: [[LOCATION:Østergade 5, 2100 København Ø]]"],
  ["street-fr", "Livraison au [[LOCATION:8 avenue Victor Hugo, 69002 Lyon]]"],
  ["street-es", "Vivo en [[LOCATION:Calle de Alcalá 45, 28014 Madrid]]"],
  ["street-it", "Spedire a [[LOCATION:Via Garibaldi 21, 10122 Torino]]"],
  ["street-pt", "Morada: [[LOCATION:Rua das Flores 27, 4050-262 Porto]]"],
  ["street-br", "Entregar na [[LOCATION:Avenida Paulista 1578, 01310-200 São Paulo]]"],
  ["street-pl", "Adres: [[LOCATION:ul. Marszałkowska 10, 00-590 Warszawa]]"],
  ["street-ro", "Adresa mea este [[LOCATION:Strada Lipscani 15, București 030031]]"],
  ["street-hu", "Szállítási cím: [[LOCATION:Kossuth Lajos utca 12, 1053 Budapest]]"],
  ["street-hu", "The courier left it at [[LOCATION:Andrássy út 60]], [[LOCATION:Budapest]]."],
  ["street-rs", "Stan je u [[LOCATION:Ulica Kneza Miloša 7]], [[LOCATION:Beograd]]."],
  ["street-gr", "Please deliver to [[LOCATION:Odos Ermou 25, 105 63 Athina]]"],
  ["street-tr", "Kargo adresi: [[LOCATION:Atatürk Caddesi No: 45, Kadıköy]]"],
  ["street-id", "Alamat saya [[LOCATION:Jl. Merdeka No. 17, Bandung 40117]]"],
  ["street-id", "Kirim ke [[LOCATION:Jalan Sudirman 88]], [[LOCATION:Jakarta Pusat]]"],
  ["street-za", "Deliver to [[LOCATION:17 Kerkstraat, Stellenbosch, 7600]]"],
  ["street-za", "I stay at [[LOCATION:45 Jan Smuts Avenue, Rosebank, Johannesburg]]"],
  ["street-ng", "My address: [[LOCATION:12 Awolowo Road, Ikoyi, Lagos]]"],
  ["street-ua", "Адреса: [[LOCATION:вул. Хрещатик 22, Київ]]"],
  ["street-jp", "住所は[[LOCATION:〒150-0002 東京都渋谷区渋谷2丁目21番1号]]です"],
  ["street-kr", "배송지: [[LOCATION:서울특별시 강남구 테헤란로 152]]"],
  ["street-cn", "地址：[[LOCATION:北京市朝阳区建国路88号]]"],
  ["street-in", "Ship to [[LOCATION:Flat 302, Sai Residency, MG Road, Bengaluru 560001]]"],
  ["street-uk", "Please post it to [[LOCATION:Flat 4, 27 Elm Grove, Leeds LS6 2AP]]"],
  ["unit", "Address: [[LOCATION:Apt 5B, 310 Pine Street, Seattle, WA 98101]]"],
  ["bare-street", "My apartment on [[LOCATION:Rua Augusta]] has no lift."],
  ["bare-street", "We live on [[LOCATION:Maple Crescent]] near the school."],
  ["bare-street", "The shop on [[LOCATION:Calle Real]] closed early."],
  ["bare-street", "She rents a flat on [[LOCATION:Kastanienallee]] now."],
  ["postcode-town", "Postcode [[LOCATION:3011]] is [[LOCATION:Bern]] I think, or it's [[LOCATION:3600 Thun]]."],
  ["postcode-town", "The parcel is stuck in [[LOCATION:4020 Linz]] since Monday."],
  ["city-region", "I'm in [[LOCATION:Kraljevo]], [[LOCATION:Serbia]] this week."],
  ["city-region", "Our customer is based in [[LOCATION:Debrecen]], [[LOCATION:Hungary]]."],
  ["city-region", "The store in [[LOCATION:Cluj-Napoca]] ships daily."],
  ["city-region", "Weather for [[LOCATION:Tromsø]], [[LOCATION:Troms]] tomorrow?"],
  ["city-region", "I grew up near [[LOCATION:Pietermaritzburg]], [[LOCATION:KwaZulu-Natal]]."],
  ["city-region", "He relocated to [[LOCATION:Surabaya]], [[LOCATION:Jawa Timur]] last year."],
  ["city-region", "The warehouse outside [[LOCATION:Ibadan]], [[LOCATION:Oyo State]] is full."],
  ["city-region", "Flight from [[LOCATION:Thessaloniki]] to [[LOCATION:Heraklion]] was delayed."],
  ["city-region", "We opened a branch in [[LOCATION:Coimbra]] and one in [[LOCATION:Braga]]."],
  ["city-region", "Pick up at [[LOCATION:Lviv]] railway station."],
  ["country", "She is a citizen of [[LOCATION:Deutschland]] living in [[LOCATION:Schweiz]]."],
  ["country", "Shipping to [[LOCATION:España]] and [[LOCATION:Italia]] costs extra."],
  ["country", "Can I travel from [[LOCATION:Magyarország]] to [[LOCATION:România]] by train?"],
  ["cjk", "我住在[[LOCATION:杭州市]][[LOCATION:西湖区]]。"],
  ["cjk", "[[LOCATION:부산시]] [[LOCATION:해운대구]]에 살아요."],
  ["negative", "The Road Runner cartoon aired on Saturday mornings."],
  ["negative", "Version 2 Street Fighter release notes are in the Wiki."],
  ["negative", "We shipped 3 Pro licenses to the Marketing team."],
  ["negative", "Section 4 Overview explains the API in detail."],
];

/** The hand-written world LOCATION cases as labelled samples (dev split). */
export function locationCases(): LabelledSample[] {
  return CASES.map(([group, marked], i) => {
    const { text, spans } = parseMarkup(marked);
    return { id: `loc-${i}`, text, spans, template: `loc:${group}`, locale: "mixed", split: "dev" };
  });
}
