import { z } from "zod";
import { redactionFields } from "@/lib/triage/schemas";

/** An erasure request, from the admin form or the API: the producer's end-user id as they send it. */
export const erasureRequestSchema = z.object({
  userId: z.string().trim().min(1, "Enter the end-user id your app sends.").max(256, "End-user ids are at most 256 characters."),
  dryRun: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});

export const erasureKeyCreateSchema = z.object({ name: z.string().trim().min(1, "Name the key, e.g. after the tool that will use it.").max(80, "At most 80 characters.") });

export const erasureKeyRevokeSchema = z.object({ keyId: z.uuid() });

/** An admin scrubbing an eval item ("Redact selection" on its page). */
export const scrubItemSchema = z.object({ itemId: z.uuid(), ...redactionFields });
