/**
 * 1.6.0: Korean names inside Korean sentences. Most everyday Korean nouns of two to four
 * syllables open with a syllable that is also a family name (배송지, 신청서, 고객센터), so
 * inside Korean text a name needs what marks a person: an honorific or title glued or
 * after it (씨, 님, 고객님, 선생님, 과장님), a person cue before it (저는, 이름은, 담당자),
 * or a subject/topic particle on a three-syllable word whose given-name syllables are
 * common ones. A Hangul word between words of other scripts ("this is 서아라 again") keeps
 * the plain family-name rule (person.ts).
 */
import type { WordToken } from "./tokens";

const HANGUL_WORD = /^[\uac00-\ud7af]+$/;

// Honorifics and titles written after a name, as their own word or glued with a particle ("과장님께").
const TITLES = ("씨 님 군 양 고객 고객님 회원 회원님 선생 선생님 교수 교수님 과장 과장님 부장 부장님 차장 차장님 대리 대리님 팀장 팀장님 실장 실장님 " +
  "사장 사장님 대표 대표님 이사 이사님 사원 주임 주임님 원장 원장님 의사 간호사 환자 환자분 님께 씨가 씨는 씨를 씨의 씨께 님이 님은 님의 님을 님께서 선배 후배 기자 작가 변호사 박사 박사님 어머니 아버지 할머니 할아버지")
  .split(" ");
const TITLE_SET = new Set(TITLES);
// Title words with a particle glued on ("과장님께", "선생님이", "고객님의").
const TITLE_PREFIXES = TITLES.filter((t) => t.length >= 2);

// 1.8.0: 씨/님 as their own word with any particle ("김민준 씨에게", "씨한테", "님도").
const TITLE_AND_PARTICLE = /^[씨님](?:에게|한테|께서|께|도|만|과|와|랑|하고|이|가|은|는|을|를|의)$/;

// Words before a name that announce a person ("저는", "제 이름은", "담당자", "받는 분").
const CUES_BEFORE = new Set("저는 나는 전 제 이름은 이름 성함은 성함 성명 성명: 담당자 담당자는 담당 고객 고객명 환자 환자명 수신자 수신인 발신자 받는분 받는 보내는 예약자 예약자명 신청인 신청자 대표자 작성자 책임자 사용자 회원 직원 동료 친구 남편 아내 아들 딸 엄마 아빠 형 누나 언니 오빠 동생 선생님 과장 부장 팀장 사장 대표 이사 의사".split(" "));

// Particles that mark a subject, topic or addressee, and the copula ("김민준이 왔어요", "최수아입니다").
const PERSON_PARTICLES = /(?:입니다|이에요|예요|이고|께서|에게|한테|씨|님|이|가|은|는)$/;

// Syllables common in Korean given names (the second and third syllable of a three-syllable name).
const GIVEN_SYLLABLES = new Set([..."민준서연지현우수영정호은진희혜성재동유상윤경미숙자순옥철석훈태하주아빈원나예채가다인한소선혁용규기환승찬건범보솔율린람별결온시도로라래리비슬새세송신안애완웅욱일종중창춘치택필학해향형홍화효후휘흥균근길남덕두명무문병복빛산섭심양언여열오요운월의임장전제조직천초충평표풍함헌협회"]);

// A space, or a number between spaces ("주문번호 12345 이메일로").
const CLAUSE_GAP = /^[ \u00a0](?:[\d.,-]+[ \u00a0])?$/;

/** Another Hangul word within two words either side (across numbers: "주문번호 12345 이메일로"). */
function hangulNear(tokens: readonly WordToken[], k: number): boolean {
  // Only words of the same clause: plain spaces between (a list's commas separate names).
  for (let j = k - 1; j >= k - 2 && j >= 0 && CLAUSE_GAP.test(tokens[j + 1].gap); j--) if (/[\uac00-\ud7af]/.test(tokens[j].text)) return true;
  for (let j = k + 1; j <= k + 2 && j < tokens.length && CLAUSE_GAP.test(tokens[j].gap); j++) if (/[\uac00-\ud7af]/.test(tokens[j].text)) return true;
  return false;
}

/** The token's Korean name length (in characters) when context makes it a person, else 0. */
export function koreanNameInContext(tokens: readonly WordToken[], k: number, name: string, particle: string, rareSurname = false): number {
  // Neighbours in the same clause: a plain space between (a list's commas separate names).
  const prev = k > 0 && /^[ \u00a0]$/.test(tokens[k].gap) ? tokens[k - 1].text : "";
  const next = k + 1 < tokens.length && /^[ \u00a0]$/.test(tokens[k + 1].gap) ? tokens[k + 1].text : "";
  // A particle on the word, or a Hangul word beside it, makes it Korean text ("예약일은 2024년 3월 5일입니다").
  const korean = particle !== "" || HANGUL_WORD.test(prev) || HANGUL_WORD.test(next) || /[\uac00-\ud7af]/.test(next) || hangulNear(tokens, k);
  // A rarer family name ("봉", "가") stands alone among other-script words only as a full three-syllable name.
  if (!korean) return !rareSurname || name.length === 3 ? name.length : 0;
  if (particle === "씨" || particle === "님" || particle === "께서" || particle === "입니다" || particle === "이에요" || particle === "예요") return name.length;
  if (TITLE_SET.has(next) || TITLE_AND_PARTICLE.test(next) || TITLE_PREFIXES.some((t) => next.startsWith(t) && next.length <= t.length + 2)) return name.length;
  if (CUES_BEFORE.has(prev)) return name.length;
  if (!rareSurname && particle && PERSON_PARTICLES.test(particle) && name.length === 3 && GIVEN_SYLLABLES.has(name[1]) && GIVEN_SYLLABLES.has(name[2])) return name.length;
  return 0;
}
