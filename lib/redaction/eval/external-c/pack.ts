/**
 * What a language contributes to corpus C: whole chat messages and incident reports, the parts an
 * e-mail is assembled from, and the field labels forms and records use. Templates are written per
 * language, not translated from one master, so sentence shapes differ between languages.
 */
export interface LangPack {
  lang: string;
  /** Support chats and assistant prompts: short, informal. */
  chat: readonly string[];
  /** E-mail openings (to the recipient, `{first2}`/`{last2}`), bodies and closings. */
  greet: readonly string[];
  mail: readonly string[];
  close: readonly string[];
  /** Incident and ticket reports with credentials and ids pasted into prose. */
  incident: readonly string[];
  labels: {
    name: string;
    street: string;
    zip: string;
    city: string;
    phone: string;
    email: string;
    dob: string;
    country: string;
    id: string;
    iban: string;
    note: string;
  };
  /** Short unlabelled remarks for a form's free-text field. */
  notes: readonly string[];
}
