import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Redaction preview" };

export default async function RedactionPage() {
  await requirePagePermission("redaction:preview");
  return <PageHeader title="Redaction preview" description="Paste text to see what the redaction engine detects and what would be stored." />;
}
