/**
 * A tiny markdown subset for labelling guidelines, parsed to a tree that the UI turns into
 * React elements (components/triage/guideline-markdown.tsx). Nothing is ever handed to
 * the browser as HTML: text stays text, so "<script>" in a guideline shows as typed.
 *
 * Blocks: paragraphs (blank-line separated), "# " to "### " headings, "- " or "* " lists,
 * "1. " lists. Inline: **bold**, *italic* or _italic_, `code`, [text](https://...) links
 * (http, https and mailto only; any other target is shown as plain text).
 */
export type Inline =
  | { type: "text"; text: string }
  | { type: "strong" | "em"; children: Inline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; children: Inline[] };

export type Block = { type: "heading"; children: Inline[] } | { type: "paragraph"; children: Inline[] } | { type: "list"; ordered: boolean; items: Inline[][] };

const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s]+$/i;

// One alternative per inline form, tried left to right.
const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*([^*\s][^*]*?)\*|(?<![A-Za-z0-9])_([^_\s][^_]*?)_(?![A-Za-z0-9])/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index;
    if (at > last) out.push({ type: "text", text: text.slice(last, at) });
    const [whole, strong, code, linkText, href, em, em2] = match;
    if (strong !== undefined) out.push({ type: "strong", children: parseInline(strong) });
    else if (code !== undefined) out.push({ type: "code", text: code });
    else if (linkText !== undefined) out.push(SAFE_HREF.test(href) ? { type: "link", href, children: parseInline(linkText) } : { type: "text", text: whole });
    else out.push({ type: "em", children: parseInline(em ?? em2) });
    last = at + whole.length;
  }
  if (last < text.length) out.push({ type: "text", text: text.slice(last) });
  return out;
}

const HEADING = /^#{1,3}\s+(.*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", children: parseInline(paragraph.join(" ")) });
    if (list) blocks.push({ type: "list", ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      blocks.push({ type: "heading", children: parseInline(heading[1].trim()) });
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(((bullet ?? numbered)![1] ?? "").trim());
    } else if (list && /^\s+/.test(raw)) {
      // An indented line continues the list item above.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
