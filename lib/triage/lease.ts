/** How long a claim lasts without activity. The client renews it while the reviewer works. */
export const LEASE_MINUTES = 10;
