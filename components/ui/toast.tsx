"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./class-names";

type Tone = "success" | "info" | "error";

export interface ToastInput {
  message: string;
  tone?: Tone;
  /** One follow-up, such as Undo; the toast closes when it runs. */
  action?: { label: string; run: () => void | Promise<void> };
}

interface Toast extends ToastInput {
  id: number;
}

const TONES: Record<Tone, string> = {
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  info: "border-slate-300 bg-white text-slate-900",
  error: "border-red-300 bg-red-50 text-red-900",
};

// Long enough to read and reach Undo; a toast under the pointer or the focus stays.
const SHOW_MS = 6_000;
const SHOW_WITH_ACTION_MS = 10_000;
const MAX_TOASTS = 3;

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/** Shows a toast: `useToast()({ message, tone, action })`. Needs a ToastProvider above. */
export function useToast() {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs a ToastProvider");
  return show;
}

function ToastItem({ toast, close }: { toast: Toast; close: (id: number) => void }) {
  const [busy, setBusy] = useState(false);
  const held = useRef(false);
  useEffect(() => {
    let timer: number;
    const schedule = (ms: number) => {
      timer = window.setTimeout(() => (held.current ? schedule(1_000) : close(toast.id)), ms);
    };
    schedule(toast.action ? SHOW_WITH_ACTION_MS : SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [toast, close]);
  return (
    <div
      className={cx("pointer-events-auto flex items-center gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg", TONES[toast.tone ?? "success"])}
      onPointerEnter={() => {
        held.current = true;
      }}
      onPointerLeave={() => {
        held.current = false;
      }}
      onFocus={() => {
        held.current = true;
      }}
      onBlur={() => {
        held.current = false;
      }}
    >
      <p className="min-w-0 flex-1">{toast.message}</p>
      {toast.action ? (
        <Button
          size="xs"
          variant="secondary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await toast.action!.run();
            } finally {
              close(toast.id);
            }
          }}
        >
          {toast.action.label}
        </Button>
      ) : null}
      <button type="button" onClick={() => close(toast.id)} aria-label="Dismiss" className="rounded px-1 text-base leading-none text-slate-500 hover:text-slate-900">
        ×
      </button>
    </div>
  );
}

/**
 * The app's toasts: outcomes of actions shown where the eye is not (bottom of the screen),
 * in one polite live region so screen readers announce each message once.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const close = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    // A new outcome replaces the last one (a reviewer deciding case after case saw a pile of
    // identical "Accepted" toasts over the transcript); an Undo offer or an error stays its time.
    const stays = (shown: Toast) => shown.action !== undefined || shown.tone === "error" || toast.action !== undefined;
    setToasts((current) => [...current.filter(stays), { ...toast, id }].slice(-MAX_TOASTS));
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-label="Notifications"
        className="pointer-events-none fixed inset-x-2 bottom-2 z-50 flex flex-col items-stretch gap-2 sm:inset-x-auto sm:bottom-4 sm:left-4 sm:w-96"
      >
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} close={close} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}
