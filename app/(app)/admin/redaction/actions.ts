"use server";

import { authedCall } from "@/lib/auth/guard";
import { previewSegments } from "@/lib/redaction";
import { previewInputSchema } from "@/lib/redaction/schemas";

/** Admin-only: the redaction engine's view of pasted text. Nothing is stored or logged. */
export const analyzeRedactionAction = authedCall("redaction:preview", previewInputSchema, async ({ input }) => previewSegments(input));
