import { Field, Input, Options, Select } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";

/** The dashboard's source and date-range filters (a GET form: a filtered dashboard is a URL). */
export function FiltersForm({ sources, sourceId, from, to }: { sources: { id: string; name: string }[]; sourceId: string | null; from: string; to: string }) {
  return (
    <FilterForm label="Dashboard filters" action="/dashboard" resetHref="/dashboard" resetLabel="Reset" className="mb-6">
      <Field compact label="Source">
        <Select compact name="source" defaultValue={sourceId ?? ""}>
          <Options placeholder="All sources" choices={sources.map((s) => ({ value: s.id, label: s.name }))} />
        </Select>
      </Field>
      <Field compact label="From">
        <Input compact type="date" name="from" defaultValue={from} />
      </Field>
      <Field compact label="To">
        <Input compact type="date" name="to" defaultValue={to} />
      </Field>
    </FilterForm>
  );
}
