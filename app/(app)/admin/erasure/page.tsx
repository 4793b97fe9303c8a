import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { ErasureForm } from "@/components/privacy/erasure-form";
import { eraseEndUserAction } from "./actions";

export const metadata: Metadata = { title: "Erase an end user" };

export default async function Page() {
  await requirePagePermission("privacy:manage");
  return (
    <>
      <PageHeader
        title="Erase an end user"
        description="For a deletion request (GDPR art. 17): deletes the user's logs and unaccepted cases, retires their accepted eval items with the text gone, and refuses their records at ingest from then on. Evalmine stores only a keyed hash of the id, so enter it exactly as your app sends it (userId, user.id or enduser.id)."
      />
      <ErasureForm action={eraseEndUserAction} />
    </>
  );
}
