/**
 * A pattern's form for texts without a line break (speed pass 11).
 *
 * Why: the machine-text signs and documents and the line-opening machine dates start most of
 * their alternatives with `(?:^|\n)`, which V8 tries at every position of a text, one pattern
 * after another. Most chat messages are one line: there `\n` cannot match, so the group is the
 * same as `^`, and a pattern whose alternatives all open with `^` is tried at position 0 only.
 * Without the m flag `^` is the start of the text alone, so both forms find the same matches
 * (index and text) in any string without "\n", from any `lastIndex`. A pattern with the m flag
 * (where `^` also follows "\r", U+2028 and U+2029) is kept as it is.
 */
const LINE_OPENING = "(?:^|\\n)";

/** `re` with each `(?:^|\n)` written `^`: the same matches as `re` in a string holding no "\n". */
export function oneLineForm(re: RegExp): RegExp {
  if (re.multiline || !re.source.includes(LINE_OPENING)) return re;
  return new RegExp(re.source.split(LINE_OPENING).join("^"), re.flags);
}
