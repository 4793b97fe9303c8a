"use server";

import { z } from "zod";
import { authedCall } from "@/lib/auth/guard";
import { previewSegments, MAX_FIELD_BYTES } from "@/lib/redaction";

// Twice the stored field limit: enough to preview truncation, bounded for the server.
const previewInput = z.string().max(MAX_FIELD_BYTES * 2);

/** Admin-only: the redaction engine's view of pasted text. Nothing is stored or logged. */
export const analyzeRedactionAction = authedCall("redaction:preview", previewInput, async ({ input }) => previewSegments(input));
