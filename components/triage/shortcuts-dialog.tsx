"use client";

import { forwardRef } from "react";
import { Button } from "@/components/ui/button";

const SHORTCUTS: [string, string][] = [
  ["a", "Accept"],
  ["d", "Discard (asks for a reason)"],
  ["s", "Skip (not offered to you again today; Undo in the notice)"],
  ["1 – 4", "Category: Happy path, Edge case, Adversarial, Drift"],
  ["e", "Edit the expected output"],
  ["p", "Start from production output (copies the answer into the expected output)"],
  ["Esc", "Leave a text field (then the keys above work)"],
  ["?", "Show these shortcuts"],
];

/** The "?" dialog listing every key of the case page. */
export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_props, ref) {
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-title" className="m-auto rounded-xl border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/30">
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="text-sm">
        <tbody>
          {SHORTCUTS.map(([key, what]) => (
            <tr key={key}>
              <th scope="row" className="py-1 pr-4 text-left">
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono">{key}</kbd>
              </th>
              <td className="py-1">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-4 text-right">
        <Button type="submit" size="sm">
          Close
        </Button>
      </form>
    </dialog>
  );
});
