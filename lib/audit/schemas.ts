import { z } from "zod";

/** Audit viewer filters, as kept in the URL. Read-only by design: no edit or delete path exists. */
export const auditFilterSchema = z.object({
  actor: z.string().trim().max(200).optional().catch(undefined),
  action: z.string().trim().max(100).optional().catch(undefined),
  targetType: z.string().trim().max(100).optional().catch(undefined),
  targetId: z.string().trim().max(200).optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  /** Keyset cursor: show entries with an id below this one. */
  before: z.string().regex(/^\d{1,19}$/).optional().catch(undefined),
});
export type AuditFilters = z.infer<typeof auditFilterSchema>;
