"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Field, Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

const MESSAGES: Record<string, string> = {
  Throttled: "Too many failed attempts. Wait 15 minutes and try again.",
  CredentialsSignin: "Email or password is incorrect.",
};

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(MESSAGES[result?.error ?? ""] ?? MESSAGES.CredentialsSignin);
      return;
    }
    // A full navigation, so every server component reads the new session.
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={onSubmit} aria-label="Sign in" className="mt-6 flex flex-col gap-4" noValidate>
      <Field label="Email">
        <Input name="email" type="email" autoComplete="username" required />
      </Field>
      <Field label="Password">
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
