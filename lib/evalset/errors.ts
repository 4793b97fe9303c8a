import { DomainError } from "@/lib/errors/domain-error";

/** An eval-set rule the caller broke: 400 bad input, 403 another source's items, 404 unknown item, 409 stale edit. Never holds log text. */
export class EvalSetError extends DomainError {
  constructor(status: 400 | 403 | 404 | 409, message: string, field?: string) {
    super(message, status, field);
  }
}
