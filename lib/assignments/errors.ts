import { DomainError } from "@/lib/errors/domain-error";

/** An assignment the lead can't make (unknown week or source, a reviewer who can't triage). */
export class AssignmentError extends DomainError {
  constructor(status: 400 | 404 | 409, message: string, field?: string) {
    super(message, status, field);
  }
}
