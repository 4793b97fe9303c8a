import type { AuditFilters } from "@/lib/audit/schemas";
import { Field, Input, Options, Select } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";

/** Audit filters as a GET form, so a filtered view is a shareable URL. */
export function AuditFiltersForm({ filters, actions, targetTypes }: { filters: AuditFilters; actions: string[]; targetTypes: string[] }) {
  return (
    <FilterForm label="Audit filters" action="/admin/audit" resetHref="/admin/audit" submitLabel="Filter" className="mb-6">
      <Field compact label="Actor">
        <Input compact name="actor" defaultValue={filters.actor ?? ""} placeholder="email or system:job" />
      </Field>
      <Field compact label="Action">
        <Select compact name="action" defaultValue={filters.action ?? ""}>
          <Options placeholder="Any action" choices={actions} />
        </Select>
      </Field>
      <Field compact label="Target type">
        <Select compact name="targetType" defaultValue={filters.targetType ?? ""}>
          <Options placeholder="Any target" choices={targetTypes} />
        </Select>
      </Field>
      <Field compact label="Target id">
        <Input compact name="targetId" defaultValue={filters.targetId ?? ""} />
      </Field>
      <Field compact label="From">
        <Input compact type="date" name="from" defaultValue={filters.from ?? ""} />
      </Field>
      <Field compact label="To">
        <Input compact type="date" name="to" defaultValue={filters.to ?? ""} />
      </Field>
    </FilterForm>
  );
}
