/** An eval-set rule the caller broke: 400 bad input, 404 unknown item, 409 stale edit. Never holds log text. */
export class EvalSetError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "EvalSetError";
  }
}
