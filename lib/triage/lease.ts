/** How long a claim lasts without activity. The client renews it while the reviewer works. */
export const LEASE_MINUTES = 10;

/** Hours without a claim after which a reviewer's assigned cases go to the shared pool (TeamSetting's default). */
export const DEFAULT_STALE_HOURS = 24;
