/**
 * A pattern's form for texts of one line (speed pass 11).
 *
 * Why: the machine-text signs and documents and the line-opening machine dates start most of
 * their alternatives with `(?:^|\n)` or `^` under the m flag, which V8 tries at every position of
 * a text, one pattern after another. Most chat messages are one line. In a text without a line
 * terminator ("\n", "\r", U+2028, U+2029) `\n` cannot match, so the group is the same as `^`, and
 * `^` and `$` under the m flag match only where they match without it: at the text's two ends.
 * So both forms find the same matches (index and text), from any `lastIndex`, and a pattern whose
 * alternatives all open with `^` is tried at position 0 only.
 */
const LINE_OPENING = "(?:^|\\n)";
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/** `re` with each `(?:^|\n)` written `^` and without the m flag: the same matches as `re` in a `oneLine` text. */
export function oneLineForm(re: RegExp): RegExp {
  if (!re.multiline && !re.source.includes(LINE_OPENING)) return re;
  return new RegExp(re.source.split(LINE_OPENING).join("^"), re.flags.replace("m", ""));
}

/** The text holds no line terminator, so `oneLineForm` patterns may stand in for theirs. */
export function oneLine(text: string): boolean {
  return !LINE_TERMINATOR.test(text);
}
