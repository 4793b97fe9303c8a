/**
 * 1.11.0: Han, kana, Hangul and Arabic-script names opening a short run (split out of person.ts,
 * unchanged): a listed family name, with Korean particles and Arabic name parts handled.
 */
import { ARABIC_SCRIPT_NAMES, CJK_SURNAMES, JAPANESE_SURNAMES, KOREAN_SURNAMES, KOREAN_SURNAMES_RARE } from "../lexicon/name-lists";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import { joinedBySpace, type WordToken } from "./tokens";
import { koreanNameInContext } from "./person-korean";

const CJK_SET = new Set([...CJK_SURNAMES]);
const JP_LIST = JAPANESE_SURNAMES.split(" ");
const KO_SET = new Set(KOREAN_SURNAMES.split(" "));
const KO_RARE = new Set(KOREAN_SURNAMES_RARE.split(" ").filter((n) => n.length === 1));
const AR_SET = new Set(ARABIC_SCRIPT_NAMES.split(" "));
export const HAN = /^[\u4e00-\u9fff\u3400-\u4dbf]+$/;
const HANGUL = /^[\uac00-\ud7af]+$/;
const ARABIC = /^[\u0600-\u06ff]+$/;
const KANA = /^[\u3040-\u30ff\u4e00-\u9fff]+$/;
const KO_PARTICLE = /(?:이고|입니다|이에요|예요|에게|한테|께서|에서|에|은|는|이|가|을|를|의|도|와|과|님|씨)$/;
// Common words that open with a family-name syllable ("이름" name, "이메일" e-mail).
export const KO_NOT_NAMES = new Set(("이고 이에요 입니다 이다 이랑 이나 이며 이라고 이라는 이면 이지만 이름 이메일 주소 전화 전화번호 번호 비밀번호 정보 이번 이후 이전 문제 문의 안내 안녕 조회 주문 최근 최대 최소 고객 고객님 김치 박스 신청 신규 서울 부산 유의 전체 정보를 오늘 오전 오후 " +
    // 1.6.0: everyday words that open with a family-name syllable (yesterday, tomorrow, now, really, we, change...).
    "배송지 주소지 거주지 소재지 목적지 출발지 도착지 연락처 생년월일 수신자 발신자 담당자 신청서 영수증 " +
    "어제 내일 지금 정말 진짜 우리 저희 제가 제품 제발 이제 이미 이상 이용 이유 이것 이거 최고 최종 정도 정상 정리 정확 조금 조건 장소 장애 한국 한번 한글 오류 서버 서비스 신용 안전 송금 송장 전송 전달 전부 고장 문자 문서 배송 배달 백업 유효 유지 하지만 하나 하루 성공 성함 주세요 우리 우편 구매 구독 진행 나중 지난 지원 지연 방법 방문 공유 공지 현재 변경 여기 여권 여행 추가 도움 도착 설정 설명 마지막 연락 연결 위치 기간 기존 기능 반품 금액 금요일 인증 모두 모든 은행 계정 확인 결제 환불 취소 요청 감사 감사합니다 수요일 목요일 화요일 월요일 토요일 일요일").split(" "));

/**
 * Han, Hangul and Arabic-script names: a known family name opening a short standalone run.
 * 1.11.0: returns whether a word opens with a letter of Devanagari to Tamil (person-indic.ts reads those).
 */
export function findCaselessScripts(tokens: WordToken[], out: Candidate[]): boolean {
  let indic = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const w = t.text;
    const c = w.charCodeAt(0);
    // Latin, Greek and Cyrillic words (most of them) are none of these scripts.
    if (c < 0x0600) continue;
    if (c >= 0x0900 && c <= 0x0bff) indic = true;
    if (w.length >= 2 && w.length <= 4 && HAN.test(w) && (CJK_SET.has(w[0]) || JP_LIST.some((s) => w.startsWith(s)))) {
      out.push(candidate("PERSON", t.start, t.end, 0.6, "cjk"));
    } else if (KANA.test(w) && JP_LIST.includes(w) && k + 1 < tokens.length && joinedBySpace(tokens[k + 1].gap) && KANA.test(tokens[k + 1].text)) {
      out.push(candidate("PERSON", t.start, tokens[k + 1].end, 0.7, "ja"));
      k++;
    } else if (HANGUL.test(w) && (KO_SET.has(w[0]) || KO_RARE.has(w[0]))) {
      // A Korean name may carry a particle ("김민수이고", "박지성은"): the name is what precedes it.
      const particle = KO_PARTICLE.exec(w);
      const name = particle && w.length - particle[0].length >= 2 && particleFits(w, particle[0]) ? w.slice(0, w.length - particle[0].length) : w;
      // Administrative units end in 시/구/동/도/군/읍/면/로/길 ("서울시" is Seoul, not Mr Seo).
      // 1.6.0: inside Korean text, only where a title, particle or cue marks a person (person-korean.ts).
      if (name.length >= 2 && name.length <= 4 && !KO_NOT_NAMES.has(name) && !(name.length >= 3 && /[시구동도군읍면로길]$/.test(name)) && koreanNameInContext(tokens, k, name, name === w ? "" : w.slice(name.length), !KO_SET.has(w[0])) > 0) out.push(candidate("PERSON", t.start, t.start + name.length, 0.55, "ko"));
    } else if (ARABIC.test(w) && AR_SET.has(w)) {
      let e = k;
      // 1.7.0: past the second word, only a listed name or an "al-"/"bin"/"abd" family part goes
      // on ("محمد العلي بخصوص الطلب": "regarding the order" is no name).
      while (e + 1 < tokens.length && e - k < 3 && joinedBySpace(tokens[e + 1].gap) && ARABIC.test(tokens[e + 1].text) && !arabicFunctionWord(tokens[e + 1].text) && (e === k || arabicNamePart(tokens[e + 1].text))) e++;
      out.push(candidate("PERSON", t.start, tokens[e].end, e > k ? 0.8 : 0.6, "ar"));
      k = e;
    }
  }
  return indic;
}

// Particles written after a final consonant (이, 은, 을, 과, 이고...) or after a vowel (가, 는, 를, 와).
const AFTER_CONSONANT = /^(?:이|은|을|과|이고|이에요)$/;
const AFTER_VOWEL = /^(?:가|는|를|와|예요)$/;

/**
 * 1.6.0: "허채이" is a three-syllable name, not "허채" + the particle 이: a Korean particle
 * that needs a final consonant cannot follow a syllable without one, and the other way round.
 */
function particleFits(word: string, particle: string): boolean {
  const code = word.charCodeAt(word.length - particle.length - 1);
  if (code < 0xac00 || code > 0xd7a3) return true;
  const batchim = (code - 0xac00) % 28 !== 0;
  if (AFTER_CONSONANT.test(particle)) return batchim;
  if (AFTER_VOWEL.test(particle)) return !batchim;
  return true;
}

const AR_STOP = new Set("في من إلى الى على عن مع هو هي أنا انا نحن هذا هذه التي الذي كلمة المرور السر رقم عنوان و أو ثم قد لقد كان كانت يسكن تسكن أسكن اسكن اتصل اتصلت قال قالت طلب طلبت يريد تريد أرسل أرسلت ارسل وصل وصلت".split(" "));

// 1.7.0: time words, "regarding" and Urdu postpositions and honorifics after a name ("احمد علی سے").
const AR_STOP_MORE = new Set("أمس امس اليوم غدا غداً بخصوص بشأن حول لأن لان صباح مساء الآن سے کو کا کی کے نے میں پر تک اور بھی صاحب صاحبہ جی وقال وقالت".split(" "));

/** A third or fourth word of an Arabic-script name: a listed name or a family part ("ال…", "بن", "عبد…"). */
function arabicNamePart(w: string): boolean {
  return AR_SET.has(w) || (w.length >= 4 && w.startsWith("ال") && !AR_STOP_MORE.has(w)) || w === "بن" || w === "ابن" || w === "بنت" || w.startsWith("عبد");
}

/** Arabic words that end a name: prepositions, pronouns, and "and" + a verb ("وأسكن"). */
function arabicFunctionWord(w: string): boolean {
  return AR_STOP.has(w) || AR_STOP_MORE.has(w) || (/^و[أيتن]/.test(w) && w.length >= 4 && !AR_SET.has(w));
}
