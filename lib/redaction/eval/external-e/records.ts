/**
 * Records as people paste them into a chat or a ticket: CSV, JSON, YAML, logfmt, SQL, a
 * markdown table, "Key: value" blocks. Keys are English, as in real exports; values come from
 * the locale. Plan names, counts, statuses and event timestamps are not personal and stay unlabelled.
 */
export const RECORDS: readonly string[] = [
  "can you dedupe this csv?\nname,email,phone,city\n{full},{email},{phone},{city}\n{full2},{email2},{phone2},{city2}\n{full},{email},{phone},{city}",
  "{\n  \"customer\": {\n    \"name\": \"{full}\",\n    \"email\": \"{email}\",\n    \"phone\": \"{phone}\",\n    \"date_of_birth\": \"{birth}\",\n    \"address\": { \"street\": \"{street}\", \"city\": \"{city}\", \"postcode\": \"{zip}\" },\n    \"plan\": \"pro\",\n    \"seats\": {n2}\n  }\n}",
  "why does this YAML fail to parse?\n\ncontact:\n  name: {full}\n  email: {email}\n  phone: \"{phone}\"\n  address:\n    line1: {street}\n    city: {city}\n    zip: \"{zip}\"\n  newsletter: true",
  "level=info ts=2026-03-02T09:14:55Z msg=\"profile updated\" user_email={email} display_name=\"{full}\" remote_addr={ip} duration_ms={n2}",
  "Name: {full}\nDate of birth: {birth}\nPassport No.: {passport}\nTax ID: {taxid}\nPhone: {phone}\nStatus: pending review",
  "INSERT INTO customers (full_name, email, phone, city, iban) VALUES ('{full}', '{email}', '{phone}', '{city}', '{iban}');",
  "| Name | Email | Employee ID | Office |\n|---|---|---|---|\n| {full} | {email} | {employee} | {city} |\n| {full2} | {email2} | {employee2} | {city2} |",
  "{\"event\":\"payment_failed\",\"amount\":{n2}.00,\"currency\":\"EUR\",\"card\":\"{card}\",\"holder\":\"{full}\",\"retry\":true}",
  "patient_id,first_name,last_name,dob,phone\n{patient},{first},{last},{birth},{phone}",
  "2026-05-14T11:02:37Z WARN auth token rejected for {email} key={apikey} attempts={n2}",
  "employee:\n  id: {employee}\n  name: {full}\n  manager: {full2}\n  iban: {iban}\n  home_city: {city}",
  "user={lower} email={email} profile={url} last_ip={ip} plan=free",
];
