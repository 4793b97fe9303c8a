/**
 * Organisation names, found only to keep them: a company is not a person, and many are
 * made of surnames ("Schmidt, Goosen and van de Heefer", "Bredenkamp - Lombard GmbH",
 * "Stegmann Pty Ltd"). The registry drops PERSON and LOCATION candidates that lie inside
 * one of these spans:
 * - a name ending in a company form or word (GmbH, Ltd, Inc, LLC, Group, and Sons, Oy...);
 * - the value of a company key ("company": "...", "Employer: ...", "Firma: ...").
 */

const KEY = /(?<![\p{L}_])["']?(?:company|company_?name|employer|organi[sz]ation|organi[sz]ation_?name|org_?name|vendor|supplier|merchant|firm|business_?name|brand|firma|unternehmen|arbeitgeber|société|societe|entreprise|empresa|azienda|bedrijf|företag|virksomhed|yritys|spółka|společnost|cég|компания|организация|şirket|公司|会社|회사)["']?[ \t]{0,2}[:=][ \t]{0,2}(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^\n;{}"]{1,80}))/giu;
const KEY_GATE = /company|employer|organi|vendor|supplier|merchant|firm|business|brand|unternehmen|arbeitgeber|soci[ée]t|entreprise|empresa|azienda|bedrijf|företag|virksomhed|yritys|spółka|společnost|cég|компания|организация|şirket|公司|会社|회사/i;

// Company forms and words that end a company's name, as written (case matters: "as", "co"
// and "sa" are ordinary words in lower case).
const FORMS = `GmbH|AG|KG|OHG|UG|Ltd|Ltd.|Limited|Inc|Inc.|LLC|LLP|PLC|plc|Corp|Corp.|Co.|SA|S.A.|SAS|SARL|SRL|S.r.l.|SpA|S.p.A.|BV|B.V.|
NV|N.V.|AB|AS|A/S|Oy|Oyj|ApS|Pty|Pty Ltd|Sp. z o.o.|s.r.o.|a.s.|Kft.|Kft|Zrt.|Zrt|OOO|ООО|ЗАО|ПАО|Group|Holding|Holdings|Partners|
Associates|Company|Corporation|and Sons|& Sons|& Co.|& Co|Gruppe|Groupe|Grupo|Gruppo|K.K.|
LDA|Lda.|Lda|SNC|SCA|SCS|SCRL|SPRL|S.L.|S.L.U.|GbR|e.V.|mbH|ehf.|ehf|hf.|ASA|Bt.|Nyrt.|A.Ş.|Ltd. Şti.|ve Ortakları|
e Filhos|e Associados|und Söhne|et Fils|y Asociados|בע"מ`
  .split(/\|\s*/)
  .sort((a, b) => b.length - a.length);
const SUFFIX = new RegExp(`(?<=[\\p{L}\\p{M}.,]) (?:${FORMS.map((f) => f.replace(/[.]/g, "\\.").replace(/\//g, "\\/")).join("|")})(?![\\p{L}\\p{N}])`, "gu");
const SUFFIX_GATE = /GmbH|AG|KG|UG|Ltd|Limited|Inc|LLC|LLP|PLC|plc|Corp|Co\.|SA|SAS|SARL|SRL|S\.r\.l|SpA|S\.p\.A|BV|B\.V|NV|N\.V|AB|AS|A\/S|Oy|ApS|Pty|z o\.o|s\.r\.o|a\.s\.|Kft|Zrt|OOO|ООО|ЗАО|ПАО|Group|Holding|Partners|Associates|Company|Corporation|Sons|& Co|Grupp|Groupe|Grupo|K\.K|LDA|Lda|SNC|SC[ASR]|SPRL|S\.L|GbR|e\.V|mbH|ehf|hf\.|Bt\.|Nyrt|A\.Ş|Ortaklar|Filhos|Associados|Söhne|Fils|Asociados|בע"מ/;

// 1.7.0: company forms written before the name ("ПАО ЛимитедСнаб", "ООО «Ромашка»", "Cty TNHH
// Nguyễn", "Công ty CP Minh Long", "주식회사 한빛"): the form and up to three words after it.
const PREFIX = /(?<![\p{L}\p{N}])(?:ООО|ОАО|ЗАО|ПАО|АО|ФГУП|МУП|НПО|ТОВ|ПрАТ|ПАТ|(?:Công ty|Cty|CTY)(?:[ \u00a0](?:TNHH|CP|Cổ phần))?|주식회사|\(주\))[ \u00a0]?(?:[«"“][^»"”\n]{1,60}[»"”]|[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?:[ \u00a0][\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){0,2})/gu;
const PREFIX_GATE = /ООО|ОАО|ЗАО|ПАО|АО|ФГУП|МУП|НПО|ТОВ|ПАТ|Công ty|Cty|CTY|주식회사|\(주\)/;

// Before a company form: capitalised words (or words of scripts without case) and the
// connectors of firm names ("Pringle, Badenhorst and Vosloo", "Marvin - Price").
const WORD_BEFORE = /(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*|van|von|de|der|den|le|la|du|al|el|bin)$/u;
const LINK_BEFORE = /(?:,[ \u00a0]|[ \u00a0](?:and|&|und|et|y|e|en|og|och|i|a)[ \u00a0]|[ \u00a0]-[ \u00a0]|[ \u00a0])$/u;

/** Spans of organisation names and company-key values, sorted by start. */
export function organisationSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (KEY_GATE.test(text)) {
    KEY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = KEY.exec(text)) !== null) {
      const value = m[1] ?? m[2] ?? m[3];
      const end = m.index + m[0].length - (m[1] !== undefined || m[2] !== undefined ? 1 : 0);
      spans.push([end - value.length, end]);
    }
  }
  if (SUFFIX_GATE.test(text)) {
    SUFFIX.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SUFFIX.exec(text)) !== null) {
      let start = m.index;
      let words = 0;
      // Walk back over the name: words, then connectors, at most six words on the line.
      for (;;) {
        const head = text.slice(Math.max(0, start - 40), start);
        const w = WORD_BEFORE.exec(head);
        if (!w) break;
        start -= w[0].length;
        words++;
        if (words >= 6) break;
        const link = LINK_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
        if (!link) break;
        const probe = WORD_BEFORE.exec(text.slice(Math.max(0, start - link[0].length - 40), start - link[0].length));
        if (!probe) break;
        start -= link[0].length;
      }
      // "Anna Berg, Stegmann GmbH": a comma belongs to the firm's name only in the
      // "A, B and C" form; otherwise the name starts after the last comma.
      const name = text.slice(start, m.index);
      if (name.includes(", ") && !/[ \u00a0](?:and|&|und|et|y|e|en|og|och|i|a)[ \u00a0]/u.test(name)) start += name.lastIndexOf(", ") + 2;
      if (words > 0) spans.push([start, m.index + m[0].length]);
    }
  }
  if (PREFIX_GATE.test(text)) {
    PREFIX.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PREFIX.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
