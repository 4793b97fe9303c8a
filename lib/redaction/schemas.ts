import { z } from "zod";
import { MAX_FIELD_BYTES } from "./redact-text";

/**
 * The admin preview's input: pasted text up to twice the stored field limit, enough to
 * see truncation at work while keeping the server's work bounded. The engine itself
 * takes plain strings; only the preview form needs a schema.
 */
export const previewInputSchema = z.string().max(MAX_FIELD_BYTES * 2);
