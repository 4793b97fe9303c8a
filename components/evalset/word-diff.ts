/** A run of text that is the same in both versions, only in the old one, or only in the new one. */
export interface DiffPart {
  kind: "same" | "removed" | "added";
  text: string;
}

// Above this many token pairs the table gets too big for a page render: compare lines instead.
const MAX_CELLS = 1_000_000;

function tokens(text: string, byLine: boolean): string[] {
  return byLine ? text.split(/(?<=\n)/) : text.split(/(\s+)/).filter((t) => t !== "");
}

/** Appends a token to the parts, merging it into the last part when the kind is the same. */
function push(parts: DiffPart[], kind: DiffPart["kind"], text: string) {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * A word-level diff of two versions of a text (the expected output of an eval item):
 * the longest common subsequence of words and whitespace, so a reviewer sees what an
 * edit changed rather than two walls of text. Long texts are compared line by line,
 * very long ones as one replacement.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  let a = tokens(before, false);
  let b = tokens(after, false);
  if (a.length * b.length > MAX_CELLS) {
    a = tokens(before, true);
    b = tokens(after, true);
  }
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...(before ? [{ kind: "removed" as const, text: before }] : []),
      ...(after ? [{ kind: "added" as const, text: after }] : []),
    ];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, "same", a[i]);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
      push(parts, "removed", a[i++]);
    } else {
      push(parts, "added", b[j++]);
    }
  }
  while (i < a.length) push(parts, "removed", a[i++]);
  while (j < b.length) push(parts, "added", b[j++]);
  return groupChanges(parts);
}

/**
 * Reads better as "[-old words][+new words]" than as alternating single words: a change
 * run swallows the bare whitespace between its changes, and shows all it removed before
 * all it added.
 */
function groupChanges(parts: DiffPart[]): DiffPart[] {
  const grouped: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) grouped.push({ kind: "removed", text: removed });
    if (added) grouped.push({ kind: "added", text: added });
    removed = added = "";
  };
  parts.forEach((part, index) => {
    const inRun = removed !== "" || added !== "";
    const next = parts[index + 1];
    if (part.kind === "removed") removed += part.text;
    else if (part.kind === "added") added += part.text;
    else if (inRun && next && next.kind !== "same" && part.text.trim() === "") {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      grouped.push(part);
    }
  });
  flush();
  return grouped;
}
