import { Field, Input, Options, Select } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";

type Problems = Partial<Record<"source" | "from" | "to", string>>;

/**
 * The dashboard's source and date-range filters (a GET form: a filtered dashboard is a
 * URL). A filter that can't be applied is marked on its field (`problems`).
 */
export function FiltersForm({
  sources,
  sourceId,
  from,
  to,
  problems = {},
}: {
  sources: { id: string; name: string }[];
  sourceId: string | null;
  from: string;
  to: string;
  problems?: Problems;
}) {
  const errors = (field: keyof Problems) => (problems[field] ? [problems[field]!] : undefined);
  const known = !sourceId || sources.some((s) => s.id === sourceId);
  return (
    <FilterForm label="Dashboard filters" action="/dashboard" resetHref="/dashboard" resetLabel="Reset" className="mb-6">
      <Field compact label="Source" errors={errors("source")}>
        <Select compact name="source" defaultValue={sourceId ?? ""}>
          <Options placeholder="All sources" choices={[...sources.map((s) => ({ value: s.id, label: s.name })), ...(known ? [] : [{ value: sourceId!, label: "Unknown source" }])]} />
        </Select>
      </Field>
      <Field compact label="From" errors={errors("from")}>
        <Input compact type="date" name="from" defaultValue={from} />
      </Field>
      <Field compact label="To" errors={errors("to")}>
        <Input compact type="date" name="to" defaultValue={to} />
      </Field>
    </FilterForm>
  );
}
