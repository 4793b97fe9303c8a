/**
 * Machine timestamps and business dates (split from date-time.ts, 1.11.0): when a server logged a
 * line or an order shipped identifies nobody, so such dates are kept by default; a birth cue wins.
 */
import { cellColumn, columnHeader, headerKind, lineSeparators, timestampHeader } from "./date-columns";

const SECONDS_AFTER = /^[ T]\d{1,2}:\d{2}:\d{2}/;
export const DOB_CONTEXT = ["dob", "d.o.b", "born", "birth", "birthday", "date of birth", "birthdate", "geboren", "né", "née", "nacido", "nacimiento", "age",
  // 1.10.0: "geb. 4.3.85", "nata il 4.3.85", "urodzona 04.03.85", "nascido em", "date de naissance".
  "geb", "geburtsdatum", "nato", "nata", "nacida", "nascido", "nascida", "nascimento", "naissance", "urodzony", "urodzona", "urodzenia"];


/**
 * A machine's record of when something happened, not a date about a person: a timestamp
 * (date and time) opening a log line, in brackets or after a time key, and a date in a
 * created/updated field or a CSV cell. Nobody is identified by when a server logged a line;
 * redacting these cost a tenth of every log's words. A birth-date cue still wins.
 */
export const MACHINE_KEY = /(?:\b(?:ts|timestamp|created|updated|modified|deleted|logged|received|started|finished|processed|indexed|synced|inserted|last_seen|last_login|event_time)(?:_?at|_?on|_?time|_?date)?["']?[ \t]{0,2}[:=>]{1,2}[ \t]{0,2}["']?|@timestamp["']?[ \t]{0,2}:[ \t]{0,2}["']?|\b(?:created|updated|modified|deleted)_?at["']?[ \t]{0,3}(?:[<>]=?|=|between)[ \t]{0,3}["']?)$/i;
// 1.5.0: business dates of records and queries, not of a person: a batch, a period, an
// order's or an invoice's date, and a date compared in SQL ("created >= DATE '2024-01-01'",
// "BETWEEN '2024-01-01' AND ...").
export const BUSINESS_DATE_BEFORE = /(?:\b(?:batch|period|since|until|as_of|effective|valid_from|valid_to|valid_until|due|due_date|expires|expiry|release|released|run_date|report_date|order_date|ship_date|shipped|invoice_date|billing_date|start_date|end_date|from_date|to_date|snapshot|partition)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?|(?:[<>]=?|\bbetween)[ \t]{0,3}(?:date[ \t]{0,2}|timestamp[ \t]{0,2})?['"]|\bdate[ \t]{0,2}'|\bbetween[ \t]{0,3}'[\d-]{10}'[ \t]{0,3}and[ \t]{0,3}')$/i;
export const VERSION_BEFORE = /(?:\bbuild|\bversion|\bver|\brelease|\btag|\bimage|\bv)[ \t]?[=:]?[ \t]?["']?$/i;
// The word of a person's event, then at most a key's ending, a colon or a preposition before the date.
const EVENT_BEFORE = /\b(?:appointment|appt|visit|admission|admitted|discharged?|surgery|operation|flight|departs?|departure|arrival|arrives?|check-?in|check-?out|birthday|wedding|interview|termin|rendez-vous|cita|consulta|appuntamento|afspraak|wizyta)(?:[_ ]?(?:date|time|at|on|datetime))?["']?[ \t]{0,2}[:=]?[ \t]{0,2}["']?(?:(?:is|on|at|for|am|le|el|il|op)[ \t]{1,2})?$/i;
const LINE_OPENING = /(?:^|\n)[ \t]*\[?$/;
const CSV_CELL_BEFORE = /(?:^|[,;\t])["']?$/;
const LINE_CELL_BEFORE = /\n["']?$/;
const CSV_CELL_AFTER = /^["']?(?:[,;\t]|\r?\n|$)/;

export function machineDate(text: string, start: number, end: number, hasTime: boolean): boolean {
  // 1.11.0: a person's appointment, stay or journey named right before it makes even a program's
  // way of writing a time personal ("Appointment: 2024-03-05T10:00:00", "flight departs 2024-03-05 10:15:00").
  if (hasTime && EVENT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  // Seconds or the "T" of ISO 8601: people don't write times that way, programs do.
  if (hasTime && (/T\d|\d:\d\d:\d\d/.test(text.slice(start, end)) || SECONDS_AFTER.test(text.slice(end, end + 10)))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (MACHINE_KEY.test(before) || BUSINESS_DATE_BEFORE.test(before)) return true;
  // "Date: Mon, 12 Mar 2025 10:47 GMT": a bare date or time key counts when a time follows.
  if (hasTime && /\b(?:date|time|datetime)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?[ \t])?$/i.test(before)) return true;
  if (hasTime && (LINE_OPENING.test(before) || /\[$/.test(before))) return true;
  // A CSV cell: separators on both sides and at least two more separators on the line.
  // 1.11.0: the column's header says whose date a cell holds ("created_at" a machine's, "visit_date"
  // a person's), also in a line's first cell; without a header a cell opening its line is read as prose.
  const lineCell = LINE_CELL_BEFORE.test(before);
  if ((lineCell || CSV_CELL_BEFORE.test(before)) && CSV_CELL_AFTER.test(text.slice(end, end + 3))) {
    const column = cellColumn(text, start, end);
    const header = column?.name ?? null;
    // 1.11.0 (review): beside a person's column ("name", "patient") only a program's own timestamp
    // ("created_at") is a machine's; her due, start, expiry or received date is hers.
    if (column?.person) return timestampHeader(column.name);
    if (header !== null && (MACHINE_KEY.test(`${header}:`) || BUSINESS_DATE_BEFORE.test(`${header}:`))) return true;
    if (lineCell || (header !== null && headerKind(header) !== null)) return false;
    return lineSeparators(text, start) >= 3;
  }
  return false;
}

/** Source id of machine timestamps: reported below the threshold unless the caller asks to redact them. */
export const MACHINE_TIMESTAMP = "machine-timestamp";

/** 1.11.0: a CSV cell under a birth-date header ("dob", "birth_date", "Geburtsdatum"), in any row. */
export function birthColumn(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (!(CSV_CELL_BEFORE.test(before) || LINE_CELL_BEFORE.test(before)) || !CSV_CELL_AFTER.test(text.slice(end, end + 3))) return false;
  const header = columnHeader(text, start, end);
  return header !== null && headerKind(header) === "birth";
}
