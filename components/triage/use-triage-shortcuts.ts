"use client";

import { useEffect, useRef } from "react";

/** Fields where letters are typing, not commands (radios and checkboxes are not). */
function isTypingTarget(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest("dialog[open]")) return true;
  if (target instanceof HTMLInputElement) return !["radio", "checkbox", "button", "submit"].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
}

/**
 * Document-level single-key shortcuts (a, d, s, 1-4, e, p, ?). Ignored while typing in a
 * field; Escape leaves a text field so the keys work again without the mouse.
 */
export function useTriageShortcuts(handlers: Record<string, () => void>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) {
        if (event.key === "Escape" && !(event.target as HTMLElement).closest("dialog[open]")) (event.target as HTMLElement).blur();
        return;
      }
      const handler = latest.current[event.key];
      if (handler) {
        event.preventDefault();
        handler();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** Renews the lease every minute while the reviewer has been active since the last renewal. */
export function useLeaseRenewal(enabled: boolean, renew: () => Promise<boolean>) {
  const active = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    const mark = () => (active.current = true);
    const events = ["keydown", "pointerdown", "input", "scroll"] as const;
    events.forEach((name) => document.addEventListener(name, mark, { passive: true }));
    const timer = window.setInterval(async () => {
      if (!active.current) return;
      active.current = false;
      if (!(await renew())) window.clearInterval(timer);
    }, 60_000);
    return () => {
      events.forEach((name) => document.removeEventListener(name, mark));
      window.clearInterval(timer);
    };
  }, [enabled, renew]);
}
