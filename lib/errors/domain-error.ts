/**
 * A rule of the domain that the caller broke, with the HTTP status it maps to (400 bad
 * input, 403 refused, 404 unknown thing, 409 conflict such as a lost claim or a taken
 * name, 413/415/429 for request limits) and, when one field is to blame, its name.
 * Every capability's errors extend this, so server actions and route handlers turn them
 * into clean answers in one place (`./answers.ts`). Messages never contain log text.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number = 409,
    readonly field?: string,
    /** Extra response headers, e.g. Retry-After on a 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
