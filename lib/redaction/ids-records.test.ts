import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { searchWork } from "@/lib/testing/redaction";

const typed = (text: string) => redactText(text).entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
const ids = (text: string) => typed(text).filter((t) => /^(?:ID|US_BANK_NUMBER|PHONE_NUMBER|IN_PAN) /.test(t));

describe("identifiers and logins in record dumps, 1.10.0", () => {
  it("a CSV or TSV column under a record key naming a person's number", () => {
    expect(ids("member_id,name,dob,plan\n4471229,Anna Berg,1990-01-02,Gold\n4471230,Jan Nowak,1985-03-04,Silver")).toEqual(["ID 4471229", "ID 4471230"]);
    expect(ids('"Kundennummer";"Name";"Tarif"\n"4471229";"Anna Berg";"Basis"\n"4471230";"Jan Nowak";"Plus"')).toEqual(["ID 4471229", "ID 4471230"]);
    expect(ids("customer_no\tname\tplan\n4471229\tAnna Berg\tGold")).toEqual(["ID 4471229"]);
    expect(ids("order_id,customer_id,total\nO-5512,C-4471229,99.50\nO-5513,C-4471230,12.00")).toEqual(["ID C-4471229", "ID C-4471230"]);
    expect(ids("username,plan\nm.kowalska,Gold\njdoe,Silver")).toEqual(["ID m.kowalska", "ID jdoe"]);
  });
  it("no column of a shop's or a program's own records", () => {
    expect(ids("id,product,qty\n1,Widget,3\n2,Gadget,5\n3,Bolt,100")).toEqual([]);
    expect(ids("sku,product,price\nAB-4471229,Widget,9.99")).toEqual([]);
    expect(ids("order_id,total,status\n5512,99.50,paid\n5513,12.00,open")).toEqual([]);
    expect(ids("build_number,status\n4471229,green")).not.toContain("ID 4471229");
  });
  it("JSON and YAML keys naming a person's number or login", () => {
    expect(ids('{"customer_no": 4471229, "plan": "gold"}')).toEqual(["ID 4471229"]);
    expect(ids('{"patientId": "PT-88213"}')).toEqual(["ID PT-88213"]);
    expect(ids('{"user": "jdoe", "action": "login"}')).toEqual(["ID jdoe"]);
    expect(ids('{"username": "m.kowalska"}')).toEqual(["ID m.kowalska"]);
    expect(ids("customer:\n  customer_number: 4471229\n  username: anna.k")).toEqual(["ID 4471229", "ID anna.k"]);
    expect(ids("nr_klienta: 4471229")).toEqual(["ID 4471229"]);
  });
  it("a bare id inside an object a person's word names", () => {
    expect(ids('{"customer": {"id": "C-4471229", "tier": "gold"}}')).toEqual(["ID C-4471229"]);
    expect(ids("patient:\n  id: PT-88213\n  ward: 4B")).toEqual(["ID PT-88213"]);
    expect(ids('{"product": {"id": "P-4471229", "price": 9.99}}')).toEqual([]);
    expect(ids('{"id": 1, "product": "Widget", "price": 9.99}')).toEqual([]);
  });
  it("no setting, version, status, service account or camera value under such keys", () => {
    expect(ids('{"version": "1.2.3", "port": 8080, "status": 404, "build": 4471229}')).toEqual([]);
    expect(ids('{"policy": "allow-all-2024", "badge": "gold"}')).toEqual([]);
    expect(ids('{"pan": 1200, "tilt": 3000}')).toEqual([]);
    expect(ids('{"db": {"user": "app", "password": "Tr0ub4dor&3"}}')).toEqual([]);
    expect(ids('{"user": null}')).toEqual([]);
  });
  it("logins in app and access logs", () => {
    expect(ids("2026-12-07T10:00:01Z INFO login ok user=jdoe ip=10.0.0.1")).toEqual(["ID jdoe"]);
    expect(ids('level=info ts=2026-12-07T10:00:01Z user=anna.k msg="login ok" duration=120ms')).toEqual(["ID anna.k"]);
    expect(ids("uid=m.kowalska,ou=people,dc=example,dc=com")).toEqual(["ID m.kowalska"]);
    expect(ids("Failed password for invalid user jdoe from 10.0.0.5 port 22 ssh2")).toEqual(["ID jdoe"]);
    expect(ids("login jdoe")).toEqual(["ID jdoe"]);
    expect(ids("user: jdoe")).toEqual(["ID jdoe"]);
  });
  it("no login in a chat turn or an ordinary word", () => {
    expect(ids("User: thanks")).toEqual([]);
    expect(ids("User: jdoe asked about the invoice")).toEqual([]);
    expect(ids("login failed")).toEqual([]);
    expect(ids("The login page is slow")).toEqual([]);
  });
});

describe("identifier cues in forms and lists, 1.10.0", () => {
  it("a form's dot leader between the cue and the value", () => {
    expect(typed("Policy Number ..... 4471229")).toEqual(["ID 4471229"]);
    expect(typed("Member ID........: 4471229")).toEqual(["ID 4471229"]);
  });
  it("several ids after one plural cue", () => {
    expect(typed("I have two accounts: 4471229 and 4471230")).toEqual(["ID 4471229", "ID 4471230"]);
    expect(typed("my accounts 4471229 and 4471230 were both charged")).toEqual(["ID 4471229", "ID 4471230"]);
    expect(typed("accounts 4471229, 4471230 and 4471231")).toEqual(["ID 4471229", "ID 4471230", "ID 4471231"]);
    // A count of what the accounts hold is no identifier.
    expect(typed("accounts: 4471 users and growing")).toEqual([]);
  });
  it("'my number' in Chinese is a phone's; a member's number stays an id", () => {
    expect(typed("我的号码 15012345674")).toEqual(["PHONE_NUMBER 15012345674"]);
    expect(typed("我的号码是13812345678")).toEqual(["PHONE_NUMBER 13812345678"]);
    expect(typed("电话：15012345674")).toEqual(["PHONE_NUMBER 15012345674"]);
    expect(typed("我的会员号码 4471229")).toEqual(["ID 4471229"]);
  });
  it("a CJK cue word before its number is no name", () => {
    expect(typed("고객번호 4471229")).toEqual(["ID 4471229"]);
    expect(typed("顧客番号 4471229")).toEqual(["ID 4471229"]);
  });
});

describe("a bare id of a person's record, other key spellings and auth logs, 1.10.0", () => {
  it("a bare id among a person's fields", () => {
    expect(ids("id,first_name,last_name,email\n1042,Anna,Berg,anna@x.de\n1043,Jan,Nowak,jan@x.pl")).toEqual(["ID 1042", "ID 1043"]);
    expect(ids('[{"id": 1042, "first_name": "Anna", "email": "anna@x.de"}, {"id": 1043, "first_name": "Jan"}]')).toEqual(["ID 1042", "ID 1043"]);
    expect(ids("ID | Name | Email\n1042 | Anna Berg | anna@x.de")).toEqual(["ID 1042"]);
    expect(ids("users:\n  - id: 1042\n    name: Anna Berg\n    email: anna@x.de\n  - id: 1043\n    email: jan@x.pl")).toEqual(["ID 1042", "ID 1043"]);
    expect(ids("- id: 1042\n  email: anna@x.de\n- id: 5512\n  sku: AB-1")).toEqual(["ID 1042"]);
  });
  it("no bare id of a product's or a program's record", () => {
    expect(ids("id,name,price\n1042,Widget,9.99\n1043,Gadget,19.99")).toEqual([]);
    expect(ids('{"id": "a1b2c3", "object": "chat.completion", "model": "gpt-4o"}')).toEqual([]);
    expect(ids('{"id": 1042, "sku": "AB-1", "price": 9.99}')).toEqual([]);
    expect(ids("products:\n  - id: 1042\n    price: 9.99\n  - id: 1043\n    price: 19.99")).toEqual([]);
    expect(ids("id: 4471229 is the build")).toEqual([]);
    // A UUID under a bare id keys a database's row, as after a bare "ID" cue.
    expect(ids('{"id": "f898e506-7600-4c1e-9d2a-3b1f0c9e7a11", "email": "anna@x.de"}')).toEqual([]);
    expect(ids("id,email\n64f1c2aa9e1b2c3d4e5f6a7b,anna@x.de")).toEqual([]);
  });
  it("a person's word and the word for its number in either order", () => {
    expect(ids('{"num_client": "4471229"}')).toEqual(["ID 4471229"]);
    expect(ids('{"cliente_id": 4471229}')).toEqual(["ID 4471229"]);
    expect(ids('{"id_cliente": 4471229}')).toEqual(["ID 4471229"]);
    expect(ids('{"customer": 4471229}')).toEqual(["ID 4471229"]);
    // An OAuth application's client id is nobody's.
    expect(ids('{"client_id": "4471229abc"}')).toEqual([]);
  });
  it("logins in auth logs", () => {
    expect(ids("Logged in as jdoe")).toEqual(["ID jdoe"]);
    expect(ids("Accepted publickey for m.kowalska from 10.0.0.5 port 51234 ssh2")).toEqual(["ID m.kowalska"]);
    expect(ids("Accepted password for jdoe from 10.0.0.5 port 51234 ssh2")).toEqual(["ID jdoe"]);
    expect(ids("Failed password for invalid user admin from 10.0.0.5 port 22 ssh2")).toEqual([]);
    expect(ids("Logged in as admin")).toEqual([]);
  });
});

// Eight times the rows must cost well under 64 times the work, which a search back to the text's
// start for every row would (1.10.0 timed the two sizes; 1.11.0 counts their work instead).
describe("records, 1.10.0", () => {
  it("a dump of many rows with a bare id keeps linear work", () => {
    const rows = (size: number) => "- id: 1\n  x: y\n".repeat(size / 14);
    const eighth = searchWork(rows(32_000));
    const full = searchWork(rows(256_000));
    expect(eighth).toBeGreaterThan(0);
    expect(full).toBeLessThan(12 * eighth);
  });
});

describe("a person's fields, 1.10.0", () => {
  it("a key whose first part names a person's field, or a flag, is no person's field", () => {
    expect(ids("id,phone_model,release\n12345,Pixel 8,2023")).toEqual([]);
    expect(ids('{"id": 98765, "type": "product", "mobile_friendly": true}')).toEqual([]);
    expect(ids('{"id": 98765, "email_template": "welcome"}')).toEqual([]);
    expect(ids("- id: 1042\n  name: Widget\n  mobile: true")).toEqual([]);
    // The field as the whole key or its last part still makes the id a person's.
    expect(ids('{"id": 98765, "contact_email": "anna@x.de"}')).toContain("ID 98765");
    expect(ids("id,home_phone,plan\n12345,+49 170 1234567,Gold")).toContain("ID 12345");
    expect(ids("- id: 1042\n  mobile: +49 170 1234567")).toContain("ID 1042");
  });
});

describe("“my number” in Chinese and Japanese, 1.10.0", () => {
  it("a phone-shaped number is a phone's, any other stays an identifier", () => {
    expect(ids("我的号码是 A1234567")).toEqual(["ID A1234567"]);
    expect(ids("私の番号は AB123456 です")).toEqual(["ID AB123456"]);
    expect(ids("我的号码是 123456，请记下")).toEqual(["ID 123456"]);
    expect(typed("我的号码是 12345")).not.toContainEqual(expect.stringMatching(/^LOCATION/));
    expect(ids("我的号码是 13812345678")).toEqual(["PHONE_NUMBER 13812345678"]);
  });
});

describe("header columns, 1.10.0", () => {
  it("a column under a header naming a person's number keeps what 1.9.0 found", () => {
    expect(ids("Member ID,Name\nabcd1234,Anna")).toEqual(["ID abcd1234"]);
    expect(ids("Policy Number;Holder\npol_4471229;Anna")).toEqual(["ID pol_4471229"]);
    expect(ids("Customer No\tName\nkd_4471229\tAnna")).toEqual(["ID kd_4471229"]);
  });
});

describe("chat turns and service accounts, 1.10.0", () => {
  it("a \"User:\" speaker label's words are the turn, not a login", () => {
    for (const w of ["summarize", "thx", "nvm", "idk", "hii", "translate", "regenerate", "pytorch", "kubectl", "danke", "gracias"]) {
      expect(ids(`User: ${w}\nAssistant: Sure`)).toEqual([]);
    }
    expect(redactText("User: bonjour\nAssistant: Bonjour !").text).toBe("User: bonjour\nAssistant: Bonjour !");
    expect(ids("user=translate")).toEqual([]);
    // A record's login is still one.
    expect(ids("user: jdoe")).toEqual(["ID jdoe"]);
    expect(ids("level=info user=jdoe msg=ok")).toEqual(["ID jdoe"]);
  });
  it("the accounts services run as are nobody's login", () => {
    expect(ids("db:\n  user: app_user")).toEqual([]);
    expect(ids("POSTGRES_USER: myapp\nPOSTGRES_DB: myapp")).toEqual([]);
    expect(ids("User=systemd-network\nGroup=systemd-network")).toEqual([]);
    expect(ids('{"user": "grafana-agent"}')).toEqual([]);
    expect(ids('{"username": "kubernetes-admin"}')).toEqual([]);
    expect(ids("user: nodejs")).toEqual([]);
    expect(ids("user: redis-server")).toEqual([]);
    expect(ids("securityContext:\n  runAsUser: 1000")).toEqual([]);
    expect(ids("uid: 1000")).toEqual([]);
    expect(ids('{"username": "m.kowalska"}')).toEqual(["ID m.kowalska"]);
  });
});

describe("a bare word after a login cue, 1.10.0", () => {
  it("is the login only where the cue opens its clause and the word is none of the sentence's", () => {
    for (const text of ["Increase the login timeout.", "We need a new login endpoint.", "Refactor the login handler.", "Show the username tooltip.", "Fix login flicker.", "userid mismatch.", "Ich habe den Benutzername vergessen.", "Logged in as superuser."]) {
      expect(ids(text)).toEqual([]);
    }
    expect(ids("login jdoe")).toEqual(["ID jdoe"]);
    expect(ids("Logged in as jdoe")).toEqual(["ID jdoe"]);
    expect(ids("The username is jdoe.")).toEqual(["ID jdoe"]);
  });
});

describe("a ledger's accounts, 1.10.0", () => {
  it("number a chart of accounts, no person's", () => {
    expect(ids("Post the entries to accounts 400100, 400200 in the ledger.")).toEqual([]);
    expect(ids("I have two accounts: 4471229 and 4471230")).toEqual(["ID 4471229", "ID 4471230"]);
  });
});
