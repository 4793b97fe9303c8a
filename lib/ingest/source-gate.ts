import { dbPool } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";

/** The source fields the pipeline needs. */
export interface IngestSource {
  id: string;
  name: string;
  sampleRate: number;
  maxSampleRate: number;
  retentionDays: number | null;
  active: boolean;
}

/** Why a whole request (not one record) is refused; `status` is the HTTP answer. */
export class IngestRefused extends DomainError {
  constructor(status: 403 | 404 | 409, message: string) {
    super(message, status);
  }
}

/**
 * Loads a source for ingestion and enforces the source-level rules: it must exist, be
 * active, and have a retention period (invariant 4: no source ingests without one).
 */
export async function loadIngestSource(where: { id: string } | { name: string }): Promise<IngestSource> {
  // Read on every push: straight on the pool (a named prepared statement), not through Prisma.
  const byId = "id" in where;
  const { rows } = await dbPool().query<IngestSource>({
    name: byId ? "ingest-source-by-id" : "ingest-source-by-name",
    text: `SELECT "id", "name", "sampleRate", "maxSampleRate", "retentionDays", "active" FROM "Source" WHERE ${byId ? `"id" = $1::uuid` : `"name" = $1`}`,
    values: [byId ? where.id : where.name],
  });
  const source = rows[0];
  if (!source) throw new IngestRefused(404, "No such source.");
  assertMayIngest(source);
  return source;
}

/** Throws IngestRefused unless the source is active and has a retention period. */
export function assertMayIngest(source: IngestSource): void {
  if (!source.active) throw new IngestRefused(403, `Source "${source.name}" is inactive; an admin can reactivate it on /admin/sources.`);
  if (!source.retentionDays) {
    throw new IngestRefused(409, `Source "${source.name}" has no retention period, so it may not ingest (invariant 4). An admin sets one on /admin/retention.`);
  }
}
