/** One colour per category, shared by every chart so "drift" looks the same everywhere. */
export const CATEGORY_COLORS: Record<string, string> = {
  HAPPY_PATH: "#10b981",
  EDGE_CASE: "#f59e0b",
  ADVERSARIAL: "#ef4444",
  DRIFT: "#6366f1",
  UNCATEGORISED: "#94a3b8",
};

export const CATEGORY_LABELS: Record<string, string> = {
  HAPPY_PATH: "Happy path",
  EDGE_CASE: "Edge case",
  ADVERSARIAL: "Adversarial",
  DRIFT: "Drift",
  UNCATEGORISED: "Uncategorised",
};

/** "2026-10-05" -> "Oct 5" */
export function shortWeek(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}
