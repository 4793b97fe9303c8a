import type { ChangeEvent } from "react";
import { Field, Options, Select } from "@/components/ui/field";
import { CASE_ORIGIN_LABEL } from "@/lib/core/labels";
import { ADDED_ORIGINS } from "@/lib/curation/schemas";

type Control = { name: string; value: string; onChange: (event: ChangeEvent<HTMLSelectElement>) => void };

/** Where an added case goes and what it is: the two fields both curation forms open with. */
export function SourceAndOrigin({
  sources,
  source,
  origin,
  errors,
}: {
  sources: { id: string; name: string }[];
  source: Control;
  origin: Control;
  errors?: Record<string, string[] | undefined>;
}) {
  return (
    <>
      <Field label="Source" errors={errors?.sourceId}>
        <Select {...source}>
          <Options choices={sources.map((s) => ({ value: s.id, label: s.name }))} />
        </Select>
      </Field>
      <Field label="Origin" errors={errors?.origin}>
        <Select {...origin}>
          <Options choices={ADDED_ORIGINS.map((o) => ({ value: o, label: CASE_ORIGIN_LABEL[o] }))} />
        </Select>
      </Field>
    </>
  );
}
