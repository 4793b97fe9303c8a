import { DomainError } from "@/lib/errors/domain-error";

/**
 * A second-review rule the caller broke: 400 bad input, 403 approving your own case,
 * 404 no such case, 409 the case is no longer waiting (someone else reviewed it first).
 */
export class ReviewError extends DomainError {
  constructor(status: 400 | 403 | 404 | 409, message: string, field?: string) {
    super(message, status, field);
  }
}
