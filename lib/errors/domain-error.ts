/**
 * A rule of the domain that the caller broke, with the HTTP status it maps to (400 bad
 * input, 404 unknown thing, 409 conflict such as a lost claim or a taken name) and,
 * when one field is to blame, its name. Every capability's rule errors extend this,
 * so server actions and route handlers turn them into clean answers in one place.
 * Messages never contain log text.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number = 409,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
