import { DomainError } from "@/lib/errors/domain-error";

/** A curation rule the caller broke (unknown source, unreadable file). Never holds case text. */
export class CurationError extends DomainError {
  constructor(status: 400 | 404, message: string, field?: string) {
    super(message, status, field);
  }
}
