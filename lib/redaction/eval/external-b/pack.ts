/** The shape of one language's templates (see fill.ts for the placeholder syntax). */
export interface LangPack {
  lang: string;
  /** Month names as written in a date of birth or an appointment. */
  months: readonly string[];
  /** Support chats and assistant prompts: short, informal. */
  chat: readonly string[];
  email: { hello: readonly string[]; body: readonly string[]; bye: readonly string[]; role: readonly string[] };
  /** Sentences that introduce an address block; field labels of a form: name, address, phone, e-mail, date of birth. */
  address: { intro: readonly string[]; labels: readonly [string, string, string, string, string] };
  /** Incident and ticket reports with credentials and numbers pasted into prose. */
  incident: readonly string[];
  /** Record field names: name, date of birth, address, phone, e-mail, id, city. */
  record: readonly [string, string, string, string, string, string, string];
}
