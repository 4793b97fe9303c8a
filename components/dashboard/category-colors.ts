/** One colour per category, shared by every chart so "drift" looks the same everywhere. */
export const CATEGORY_COLORS: Record<string, string> = {
  HAPPY_PATH: "#10b981",
  EDGE_CASE: "#f59e0b",
  ADVERSARIAL: "#ef4444",
  DRIFT: "#6366f1",
  UNCATEGORISED: "#94a3b8",
};
