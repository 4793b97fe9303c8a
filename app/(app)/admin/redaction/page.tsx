import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { RedactionPreview } from "@/components/redaction/redaction-preview";
import { analyzeRedactionAction } from "./actions";

export const metadata: Metadata = { title: "Redaction preview" };

export default async function RedactionPage() {
  await requirePagePermission("redaction:preview");
  return (
    <>
      <PageHeader
        title="Redaction preview"
        description="Paste text to see every entity the engine detects and exactly what would be stored. Nothing you paste is saved or logged."
      />
      <RedactionPreview analyze={analyzeRedactionAction} />
    </>
  );
}
