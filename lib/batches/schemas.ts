import { z } from "zod";

/** A week as the dashboard's close/review buttons send it: ISO year and week, e.g. 2026-W48. */
export const weekSchema = z.object({ isoWeek: z.string().regex(/^\d{4}-W\d{2}$/, "Pick a week like 2026-W48.") });
