"use client";

import { useState, useSyncExternalStore, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Field, Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/auth/limits";

const MESSAGES: Record<string, string> = {
  Throttled: "Too many failed attempts. Wait a little and try again.",
  CredentialsSignin: "Email or password is incorrect.",
  ServerConfiguration: "Signing in is unavailable: the server's configuration needs fixing (its log says what).",
};

const noSubscription = () => () => {};

/** False in the server's HTML and until React has hydrated the form, true after. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * Signing in runs through next-auth from script. Until the script has hydrated the form,
 * the button stays disabled, so the browser can never submit the form natively; and
 * should it ever do so, method="post" keeps the password out of the URL, the history
 * and the server log.
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [blank, setBlank] = useState<{ email?: string[]; password?: string[] }>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    // An empty field is named as such and never sent: "incorrect" would be wrong, and the
    // attempt would count as a failure against this address.
    const missing = { ...(email.trim() ? {} : { email: ["Enter your email."] }), ...(password ? {} : { password: ["Enter your password."] }) };
    setBlank(missing);
    setError(null);
    if (missing.email || missing.password) {
      event.currentTarget.querySelector<HTMLInputElement>(`input[name="${missing.email ? "email" : "password"}"]`)?.focus();
      return;
    }
    setPending(true);
    const result = await signIn("credentials", { email, password, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(MESSAGES[result?.error ?? ""] ?? MESSAGES.CredentialsSignin);
      return;
    }
    // A full navigation, so every server component reads the new session. The server
    // checked callbackUrl (lib/auth/callback-url.ts): it is a path on this app.
    window.location.assign(callbackUrl);
  }

  return (
    <form method="post" onSubmit={onSubmit} aria-label="Sign in" className="mt-6 flex flex-col gap-4" noValidate>
      <Field label="Email" errors={blank.email}>
        <Input name="email" type="email" autoComplete="username" maxLength={MAX_EMAIL_LENGTH} required />
      </Field>
      <Field label="Password" errors={blank.password}>
        <Input name="password" type="password" autoComplete="current-password" maxLength={MAX_PASSWORD_LENGTH} required />
      </Field>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <noscript>
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">Signing in needs JavaScript. Turn it on for this site and reload the page.</p>
      </noscript>
      <Button type="submit" disabled={!hydrated || pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
