/**
 * A language's templates for corpus D. A template is plain text with slots in braces
 * (`{first}`, `{city}`, `{pw}`; `{first:lc}` lower-cases the value, `{city:uc}` upper-cases it);
 * values.ts says what each slot holds and how it is labelled. Many short templates per
 * language rather than a few long ones, so no single sentence shape dominates a figure.
 */
export interface Pack {
  /** Openers and sign-offs wrapped around a chat body now and then. */
  hello: string[];
  bye: string[];
  chat: string[];
  email: string[];
  incident: string[];
  /** One line before (or after) a postal block or a one-line address. */
  address: string[];
  /** Column names for record dumps: name, town, birth date, phone, e-mail, id. */
  fields: [string, string, string, string, string, string];
}
