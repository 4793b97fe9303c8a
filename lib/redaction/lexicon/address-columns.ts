/**
 * 1.10.0: names of an address's columns and keys in exports and record dumps, lower-cased with
 * "_" for spaces and dashes, in the languages of our users. A value under one is that part of
 * an address (recognizers/address-records.ts, and the place keys of location.ts).
 */
export const PLACE_COLUMN_NAMES: readonly string[] = `address address1 address2 address_1 address_2 address_line1
address_line2 address_line_1 address_line_2 street street_address street1 street2 house_number city town
village suburb district county province postcode post_code postal_code postalcode zip zipcode
zip_code ort wohnort stadt gemeinde plz postleitzahl strasse straße hausnummer anschrift adresse ville
code_postal rue ciudad localidad calle direccion dirección codigo_postal código_postal cidade endereco
endereço rua cep localidade bairro città citta indirizzo comune adres straat plaats
woonplaats miasto ulica kod_pocztowy adresa mesto město ulice psč psc kota alamat kode_pos`.split(/\s+/);

/**
 * The keys among them a place follows after ":" or "=" in a form or a dump ("Ort: Bad
 * Münstereifel", `"ciudad": "Arequipa"`); the English ones are already place cues.
 */
export const PLACE_KEY_WORDS: readonly string[] = `ort wohnort stadt gemeinde anschrift adresse ville ciudad
localidad cidade localidade città citta comune plaats woonplaats miasto mesto město kota`.split(/\s+/);
