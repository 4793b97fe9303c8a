/** How long a claim lasts without activity. The client renews it while the reviewer works. */
export const LEASE_MINUTES = 10;

/** The same interval as a PostgreSQL interval literal, for SQL that compares against now(). */
export const LEASE_INTERVAL = `${LEASE_MINUTES} minutes`;
