import { DomainError } from "@/lib/errors/domain-error";

/**
 * A triage rule the caller broke, with the HTTP status it maps to: 400 for bad input,
 * 404 for a case that doesn't exist, 409 when the reviewer no longer holds the case
 * (lease lost, someone else decided). Messages never contain log text.
 */
export class TriageError extends DomainError {
  constructor(status: 400 | 404 | 409, message: string, field?: string) {
    super(message, status, field);
  }
}

/** The reviewer lost the case: nothing was written. */
export function leaseLost(): TriageError {
  return new TriageError(409, "You no longer hold this case (your claim expired or someone else decided it). Nothing was saved; open the queue for the next case.");
}
