"use client";

import { useState, type ChangeEvent } from "react";

type Change = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

/**
 * Controlled text fields for a form: what was typed survives a failed submission (React
 * resets uncontrolled fields after every form action). `field(name)` gives a control
 * its name, value and onChange; `reset` clears the form after a success.
 */
export function useFields<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState(initial);
  const field = (name: keyof V & string) => ({
    name,
    value: values[name],
    onChange: (event: Change) => {
      const value = event.target.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });
  const set = (name: keyof V & string, value: string) => setValues((current) => ({ ...current, [name]: value }));
  return { values, field, set, setValues, reset: () => setValues(initial) };
}
