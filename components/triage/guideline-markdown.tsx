import { Fragment, type ReactNode } from "react";
import { parseMarkdown, type Inline } from "@/lib/guidelines/markdown";

function inline(nodes: Inline[]): ReactNode {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return <Fragment key={i}>{node.text}</Fragment>;
      case "strong":
        return <strong key={i}>{inline(node.children)}</strong>;
      case "em":
        return <em key={i}>{inline(node.children)}</em>;
      case "code":
        return (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-xs">
            {node.text}
          </code>
        );
      case "link":
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow" className="underline">
            {inline(node.children)}
          </a>
        );
    }
  });
}

/**
 * A guideline's markdown as React elements (lib/guidelines/markdown.ts): no HTML string
 * is ever rendered, so whatever a lead types shows as text.
 */
export function GuidelineMarkdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={className}>
      {parseMarkdown(source).map((block, i) => {
        if (block.type === "heading")
          return (
            <p key={i} className="mt-2 font-semibold first:mt-0">
              {inline(block.children)}
            </p>
          );
        if (block.type === "paragraph")
          return (
            <p key={i} className="mt-2 first:mt-0">
              {inline(block.children)}
            </p>
          );
        const List = block.ordered ? "ol" : "ul";
        return (
          <List key={i} className={`mt-2 pl-5 first:mt-0 ${block.ordered ? "list-decimal" : "list-disc"}`}>
            {block.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
