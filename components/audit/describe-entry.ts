import { CASE_ORIGIN_LABEL, CATEGORY_LABEL, DISCARD_REASON_LABEL, ROLE_LABEL } from "@/lib/core/labels";
import { countOf, formatCount } from "@/lib/core/format";

/** One changed setting of an audit entry: "Retention: 30 days -> 14 days". */
export interface Change {
  field: string;
  from: string;
  to: string;
}

/** An audit entry in words: a one-line summary and its field changes (the raw details stay behind a toggle). */
export interface EntryDescription {
  summary: string;
  changes: Change[];
}

type Details = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
const obj = (value: unknown): Details => (value && typeof value === "object" && !Array.isArray(value) ? (value as Details) : {});
const label = <K extends string>(labels: Record<K, string>, value: unknown) => (typeof value === "string" && value in labels ? labels[value as K] : String(value ?? "—"));

const FIELD_LABEL: Record<string, string> = {
  active: "Active",
  description: "Description",
  maxSampleRate: "Sample-rate cap",
  name: "Name",
  pullFolder: "Pull folder",
  retentionDays: "Retention",
  retentionPolicy: "Policy",
  sampleRate: "Sample rate",
};

/** A setting's value as people read it: rates as percentages, days with their unit, nothing as "none". */
function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if ((field === "sampleRate" || field === "maxSampleRate") && typeof value === "number") return `${Math.round(value * 1000) / 10}%`;
  if (field === "retentionDays" && typeof value === "number") return countOf(value, "day");
  if (typeof value === "number") return formatCount(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** Field changes from `{ from: {...}, to: {...} }` or `{ changes: { field: { from, to } } }`, unchanged fields left out. */
function diffOf(details: Details): Change[] {
  const changes: Change[] = [];
  const push = (field: string, from: unknown, to: unknown) => {
    if (JSON.stringify(from) === JSON.stringify(to)) return;
    changes.push({ field: FIELD_LABEL[field] ?? field, from: valueText(field, from), to: valueText(field, to) });
  };
  for (const [field, change] of Object.entries(obj(details.changes))) push(field, obj(change).from, obj(change).to);
  const from = obj(details.from);
  const to = obj(details.to);
  for (const field of new Set([...Object.keys(from), ...Object.keys(to)])) if (!["min", "max"].includes(field)) push(field, from[field], to[field]);
  return changes;
}

/** A weekly target band, or the overall band a source falls back to. */
function band(value: unknown): string {
  const { min, max } = obj(value);
  return typeof min === "number" && typeof max === "number" ? `${min}-${max} per week` : "the overall band";
}

/** A source's second-review setting (Source.secondReviewEvery) in words. */
function secondReview(every: unknown): string {
  if (typeof every !== "number" || every < 1) return "off";
  return every === 1 ? "every accepted case" : `1 in ${every} accepted cases`;
}

/** The first reviewer's category next to the second's, when they differ. */
function categoryChange(d: Details): Change[] {
  return d.firstCategory && d.category && d.firstCategory !== d.category ? [{ field: "Category", from: label(CATEGORY_LABEL, d.firstCategory), to: label(CATEGORY_LABEL, d.category) }] : [];
}

/** Who did it: "admin@evalmine.local", "System (retention purge)", "API key em_live_ab12…". */
export function actorName(actorLabel: string): string {
  const [kind, ...rest] = actorLabel.split(":");
  const who = rest.join(":");
  if (kind === "user") return who;
  if (kind === "system") return `System (${who.replace(/[-_]+/g, " ")})`;
  if (kind === "apikey") return `API key ${who}…`;
  return actorLabel;
}

/** The summary and changes of one entry, by its action; an action without a rule here still shows its changes. */
export function describeEntry(action: string, rawDetails: unknown): EntryDescription {
  const d = obj(rawDetails);
  const only = (summary: string): EntryDescription => ({ summary, changes: [] });
  switch (action) {
    case "user.create":
      return only(`as ${label(ROLE_LABEL, d.role)}`);
    case "user.role_change":
      return { summary: "Role changed", changes: [{ field: "Role", from: label(ROLE_LABEL, d.from), to: label(ROLE_LABEL, d.to) }] };
    case "user.deactivate":
      return only("can no longer sign in");
    case "user.reactivate":
      return only("can sign in again");
    case "source.create":
      return only(`sample rate ${valueText("sampleRate", d.sampleRate)} (cap ${valueText("maxSampleRate", d.maxSampleRate)}), retention ${valueText("retentionDays", d.retentionDays)}`);
    case "source.update":
    case "source.retention_change":
      return { summary: "", changes: diffOf(d) };
    case "source.weekly_target":
    case "settings.weekly_target":
      return { summary: "", changes: [{ field: "Band", from: band(d.from), to: band(d.to) }] };
    case "apikey.create":
      return only(`${str(d.prefix) ?? ""}… for ${Array.isArray(d.scopes) ? d.scopes.join(", ") : "its scopes"}`);
    case "apikey.revoke":
      return only("requests with it are refused");
    case "mining_rule.create":
      return only(`${str(d.path) ?? "field"} ${str(d.op) ?? ""} ${d.value === undefined ? "" : JSON.stringify(d.value)}`.trim());
    case "mining_rule.delete":
      return only("");
    case "case.accepted":
      return only(`as ${label(CATEGORY_LABEL, d.category)}`);
    case "case.discarded":
      return only(label(DISCARD_REASON_LABEL, d.reason));
    case "case.awaiting_approval":
      return only(`as ${label(CATEGORY_LABEL, d.category)}; waits for a second reviewer`);
    case "case.approved":
      return { summary: `into the eval set as ${label(CATEGORY_LABEL, d.category)}`, changes: categoryChange(d) };
    case "case.sent_back":
      return { summary: "back to the first reviewer", changes: categoryChange(d) };
    case "case.added":
    case "cases.imported":
      return only(`${countOf(num(d.added) ?? 0, `${label(CASE_ORIGIN_LABEL, d.origin).toLowerCase()} case`)} into ${str(d.batch) ?? "the queue"}`);
    case "cases.assigned":
      return only(countOf(num(d.assigned) ?? 0, "case"));
    case "cases.unassigned":
      return only(`${countOf(num(d.released) ?? 0, "case")} back to the shared pool`);
    case "source.second_review":
      return { summary: "", changes: [{ field: "Second review", from: secondReview(d.from), to: secondReview(d.to) }] };
    case "settings.assignment_stale_hours":
      return { summary: "", changes: [{ field: "Back to the pool after", from: d.from === null || d.from === undefined ? "default" : countOf(num(d.from) ?? 0, "hour"), to: countOf(num(d.to) ?? 0, "hour") }] };
    case "guideline.update":
      return { summary: label(CATEGORY_LABEL, d.category), changes: [{ field: "Length", from: countOf(num(d.charsBefore) ?? 0, "character"), to: countOf(num(d.charsAfter) ?? 0, "character") }] };
    case "case.revised":
      return { summary: "", changes: [{ field: "Decision", from: sentenceCase(str(d.from)), to: sentenceCase(str(d.to)) }] };
    case "case.redacted":
      return only(`${countOf(num(d.caseOccurrences) ?? 0, "occurrence")} as ${str(d.placeholder) ?? "a placeholder"}`);
    case "case.deleted_personal_data":
      return only(`with ${countOf(num(d.sourceLogs) ?? 0, "source log")}`);
    case "batch.review":
      return only(str(d.isoWeek) ?? "");
    case "batch.close":
      return only(`${str(d.isoWeek) ?? "the week"}; ${countOf(num(d.movedPending) ?? 0, "pending case")} moved to ${str(d.movedTo) ?? "the next week"}`);
    case "evalitem.edited":
      return only(`version ${num(d.version) ?? "?"}, ${label(CATEGORY_LABEL, d.category)}`);
    case "evalitem.retired":
      return only(`version ${num(d.version) ?? "?"}`);
    case "evalitem.restored":
      return only(`as version ${num(d.version) ?? "?"}`);
    case "retention.purge":
    case "retention.purge_dry_run": {
      const verb = action === "retention.purge" ? "deleted" : "would delete";
      const failed = d.status === "FAILED" ? ` (failed: ${str(d.error) ?? "see the server log"})` : "";
      return only(`${verb} ${countOf(num(d.deletedLogs) ?? 0, "log")} and ${countOf(num(d.deletedCases) ?? 0, "case")}${failed}`);
    }
    default:
      return { summary: "", changes: diffOf(d) };
  }
}

function sentenceCase(value: string | undefined): string {
  return value ? value.charAt(0) + value.slice(1).toLowerCase() : "—";
}
