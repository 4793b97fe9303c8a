"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Button, buttonClass } from "@/components/ui/button";
import { stillSignedIn } from "@/components/ui/action-outcome";
import { SignInAgainLink } from "@/components/ui/form-message";

/**
 * A signed-in page that failed: inside the app shell (navigation stays), with a way to
 * retry. When the failure is an ended session it says so and links to sign in and back.
 * The error's message is never shown (it may hold internals); its digest is the
 * reference the server log knows it by.
 */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    let live = true;
    void stillSignedIn().then((signedIn) => live && setSignedOut(!signedIn));
    return () => {
      live = false;
    };
  }, [error]);
  if (signedOut) {
    return (
      <section role="alert" className="mx-auto max-w-md space-y-3 py-16 text-center">
        <h1 className="text-2xl font-semibold">Your session has ended</h1>
        <p className="text-slate-600">Sign in again to pick up where you left off; a draft you were writing on a case is kept in this tab.</p>
        <SignInAgainLink className={buttonClass({ className: "inline-block no-underline" })} />
      </section>
    );
  }
  return (
    <section role="alert" className="mx-auto max-w-md space-y-3 py-16 text-center">
      <h1 className="text-2xl font-semibold">This page couldn&apos;t load</h1>
      <p className="text-slate-600">Nothing you saved is lost. Try again; if it keeps failing, the server log has the details{error.digest ? ` (reference ${error.digest})` : ""}.</p>
      <div className="flex justify-center gap-3">
        <Button
          onClick={() => {
            router.refresh();
            reset();
          }}
        >
          Try again
        </Button>
      </div>
    </section>
  );
}
