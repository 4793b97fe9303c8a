/**
 * A language's templates for the kinds of text that carry personal data (chat, email,
 * address, incident) and its ordinary prose with none (prose). Records and code/log text are
 * shared by every language (records.ts, code-log.ts): their keys and code are English in real
 * dumps too. Slots are listed in values.ts; literal braces in a template stay literal.
 */
export interface Pack {
  lang: string;
  chat: readonly string[];
  email: readonly string[];
  address: readonly string[];
  incident: readonly string[];
  /** No personal data at all: everyday prose and tech talk in the language. */
  prose: readonly string[];
}
