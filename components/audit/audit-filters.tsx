import type { AuditFilters } from "@/lib/audit/schemas";
import { auditActionLabel, auditTargetLabel } from "@/lib/core/labels";
import { Field, Input, Options, Select } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";

/** Audit filters as a GET form, so a filtered view is a shareable URL; actions and target types by their labels. */
export function AuditFiltersForm({ filters, actions, targetTypes, errors = {} }: { filters: AuditFilters; actions: string[]; targetTypes: string[]; errors?: Partial<Record<"from" | "to", string>> }) {
  const byLabel = (values: string[], nameOf: (value: string) => string) => values.map((value) => ({ value, label: nameOf(value) })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <FilterForm label="Audit filters" action="/admin/audit" resetHref="/admin/audit" submitLabel="Filter" className="mb-6">
      <Field compact label="Actor">
        <Input compact name="actor" defaultValue={filters.actor ?? ""} placeholder="name, email or system:job" />
      </Field>
      <Field compact label="Action">
        <Select compact name="action" defaultValue={filters.action ?? ""}>
          <Options placeholder="Any action" choices={byLabel(actions, auditActionLabel)} />
        </Select>
      </Field>
      <Field compact label="Target type">
        <Select compact name="targetType" defaultValue={filters.targetType ?? ""}>
          <Options placeholder="Any target" choices={byLabel(targetTypes, auditTargetLabel)} />
        </Select>
      </Field>
      <Field compact label="Target id">
        <Input compact name="targetId" defaultValue={filters.targetId ?? ""} />
      </Field>
      <Field compact label="From" errors={errors.from ? [errors.from] : undefined}>
        <Input compact type="date" name="from" defaultValue={filters.from ?? ""} />
      </Field>
      <Field compact label="To" errors={errors.to ? [errors.to] : undefined}>
        <Input compact type="date" name="to" defaultValue={filters.to ?? ""} />
      </Field>
    </FilterForm>
  );
}
