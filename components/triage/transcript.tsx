import type { ChatMessage } from "@/lib/core/chat";

const PLACEHOLDER = /(<[A-Z][A-Z_]*_\d+>)/g;

/** Text with redaction placeholders visibly marked (they are the only markup; the rest stays selectable text). */
export function MarkedText({ text }: { text: string }) {
  const parts = text.split(PLACEHOLDER);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} title="Redacted" className="rounded bg-amber-100 px-0.5 font-mono text-[0.85em] text-amber-900">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

function contentText(message: ChatMessage): string {
  if (typeof message.content === "string") return message.content;
  if (Array.isArray(message.content)) return message.content.map((part) => part.text ?? `[${part.type}]`).join("\n");
  return "";
}

const ROLE_STYLE: Record<string, string> = {
  system: "border-slate-200 bg-slate-50",
  user: "border-sky-200 bg-sky-50",
  assistant: "border-emerald-200 bg-emerald-50",
  tool: "border-violet-200 bg-violet-50",
};

/** One chat message: its role, its text, and any tool calls with their (redacted) arguments. */
export function MessageBubble({ message, label }: { message: ChatMessage; label?: string }) {
  const text = contentText(message);
  return (
    <li className={`min-w-0 rounded-lg border p-3 ${ROLE_STYLE[message.role] ?? "border-slate-200 bg-white"}`}>
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
        {label ?? message.role}
        {message.name ? ` · ${String(message.name)}` : ""}
      </p>
      {text ? (
        <p className="text-sm whitespace-pre-wrap text-slate-900 wrap-anywhere">
          <MarkedText text={text} />
        </p>
      ) : null}
      {message.tool_calls?.map((call, index) => (
        <div key={call.id ?? index} className="mt-2 rounded border border-slate-200 bg-white p-2 text-xs">
          <p className="font-medium text-slate-700">Tool call: {call.function?.name ?? "unknown"}</p>
          <pre className="mt-1 font-mono whitespace-pre-wrap text-slate-800 wrap-anywhere">
            <MarkedText text={call.function?.arguments ?? ""} />
          </pre>
        </div>
      ))}
    </li>
  );
}

/** The redacted conversation as a chat transcript, followed by the production output. */
export function Transcript({ messages, output }: { messages: ChatMessage[]; output: ChatMessage | null }) {
  return (
    <div className="space-y-4">
      <section aria-labelledby="conversation-heading">
        <h2 id="conversation-heading" className="mb-2 text-sm font-semibold text-slate-700">
          Conversation
        </h2>
        <ol className="space-y-2">
          {messages.map((message, index) => (
            <MessageBubble key={index} message={message} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="production-output-heading">
        <h2 id="production-output-heading" className="mb-2 text-sm font-semibold text-slate-700">
          Production output
        </h2>
        {output ? (
          <ol>
            <MessageBubble message={output} label="assistant (production)" />
          </ol>
        ) : (
          <p className="text-sm text-slate-600">The assistant produced no output (failed call).</p>
        )}
      </section>
    </div>
  );
}
