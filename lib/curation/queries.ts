import "server-only";
import { db } from "@/lib/db";

/** The sources a lead may add cases to, by name. */
export async function curationSources() {
  return await db.source.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
