import { CASE_ORIGINS, CATEGORIES } from "@/lib/evalset/categories";
import { CASE_ORIGIN_LABEL, CATEGORY_LABEL } from "@/lib/core/labels";
import { Field, Input, Options, Select, type Choice } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";

type Errors = Partial<Record<string, string[]>>;

function AnyOf({ label, name, value, choices, errors }: { label: string; name: string; value?: string; choices: readonly Choice[]; errors?: string[] }) {
  // A value from the URL that is not among the choices (a stale link) stays visible, marked invalid.
  const known = !value || choices.some((c) => (typeof c === "string" ? c : c.value) === value);
  return (
    <Field compact label={label} errors={errors}>
      <Select compact name={name} defaultValue={value ?? ""}>
        <Options placeholder="Any" choices={known ? choices : [...choices, { value: value!, label: `${value} (unknown)` }]} />
      </Select>
    </Field>
  );
}

/** The eval set's search and filters: a plain GET form, so every view has a shareable URL. A bad filter is marked on its field. */
export function EvalSetFilterForm({
  options,
  values,
  errors = {},
}: {
  options: { sources: { id: string; name: string }[]; weeks: string[]; reviewers: { id: string; name: string }[] };
  values: Record<string, string>;
  errors?: Errors;
}) {
  const named = (items: { id: string; name: string }[]) => items.map((item) => ({ value: item.id, label: item.name }));
  return (
    <FilterForm
      label="Filter the eval set"
      role="search"
      action="/eval-set"
      resetHref="/eval-set"
      resetLabel="Clear filters"
      submitLabel="Apply filters"
      layout="grid"
      phoneToggle={{ active: Object.values(values).filter(Boolean).length, open: Object.keys(errors).length > 0 }}
    >
      <Field compact label="Search" className="sm:col-span-2">
        <Input compact name="q" type="search" defaultValue={values.q} placeholder="expected output, notes, tag" />
      </Field>
      <AnyOf label="Category" name="category" value={values.category} errors={errors.category} choices={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))} />
      <AnyOf label="Source" name="source" value={values.source} errors={errors.source} choices={named(options.sources)} />
      <AnyOf label="Batch week" name="week" value={values.week} errors={errors.week} choices={options.weeks} />
      <AnyOf label="Reviewer" name="reviewer" value={values.reviewer} errors={errors.reviewer} choices={named(options.reviewers)} />
      <AnyOf label="Origin" name="origin" value={values.origin} errors={errors.origin} choices={CASE_ORIGINS.map((o) => ({ value: o, label: CASE_ORIGIN_LABEL[o] }))} />
      <AnyOf
        label="Expected = production"
        name="expectedEqualsProduction"
        value={values.expectedEqualsProduction}
        errors={errors.expectedEqualsProduction}
        choices={[
          { value: "yes", label: "Flagged only" },
          { value: "no", label: "Not flagged" },
        ]}
      />
      <Field compact label="Labelled from" errors={errors.from}>
        <Input compact name="from" type="date" defaultValue={values.from} />
      </Field>
      <Field compact label="Labelled to" errors={errors.to}>
        <Input compact name="to" type="date" defaultValue={values.to} />
      </Field>
      <Field compact label="As of (UTC)" className="sm:col-span-2" errors={errors.asOf}>
        <Input compact name="asOf" type="datetime-local" step="1" defaultValue={values.asOf} />
      </Field>
    </FilterForm>
  );
}
