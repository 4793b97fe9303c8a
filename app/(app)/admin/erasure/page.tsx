import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { headers } from "next/headers";
import { ErasureForm } from "@/components/privacy/erasure-form";
import { ErasureKeys } from "@/components/privacy/erasure-keys";
import { listErasureApiKeys } from "@/lib/privacy/erasure-keys";
import { createErasureKeyAction, eraseEndUserAction, revokeErasureKeyAction } from "./actions";

export const metadata: Metadata = { title: "Erase an end user" };

export default async function Page() {
  await requirePagePermission("privacy:manage");
  const keys = await listErasureApiKeys();
  const host = (await headers()).get("host") ?? "localhost:3000";
  const endpoint = `${process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? `http://${host}`}/api/v1/erasure`;
  return (
    <>
      <PageHeader
        title="Erase an end user"
        description="For a deletion request (GDPR art. 17): deletes the user's logs and unaccepted cases, retires their accepted eval items with the text gone, and refuses their records at ingest from then on. Evalmine stores only a keyed hash of the id, so enter it exactly as your app sends it (userId, user.id or enduser.id)."
      />
      <ErasureForm action={eraseEndUserAction} />
      <h2 className="mt-10 mb-3 text-lg font-medium">Erasure API keys</h2>
      <p className="mb-3 max-w-3xl text-sm text-slate-600">For deletion workflows outside the app: POST /api/v1/erasure with one of these keys does what the form above does.</p>
      <ErasureKeys keys={keys} create={createErasureKeyAction} revoke={revokeErasureKeyAction} endpoint={endpoint} />
    </>
  );
}
