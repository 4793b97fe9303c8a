import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// 1.10.0 precision on how people talk about software: products, services, languages and
// versions after "to/from/in/on/into/through", code and log lines. Sentences written for
// these tests, in the way tech-support chat and pasted logs read; each group also holds the
// real places, people and dates that must stay found.
const found = (text: string, type?: string) =>
  redactText(text)
    .entities.filter((e) => type === undefined || e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe("products and services after a preposition", () => {
  it("keeps every word of ordinary tech-support messages", () => {
    for (const text of [
      "Switching from Jenkins to GitHub Actions",
      "Deploy to Vercel or Netlify",
      "I upgraded to Windows 11",
      "Can I export from Notion to Confluence?",
      "Move the files to Dropbox",
      "Port this from Angular to Svelte",
      "Posting to Slack from Zapier",
      "Convert from Celsius to Fahrenheit",
      "Translate from Spanish to English",
      "Log in to Okta, then go to Jira",
      "import from Trello into Asana",
      "Backups go to Backblaze B2",
      "moved from Sequelize to Prisma",
      "Set the timezone to UTC in Grafana",
      "Route traffic through Cloudflare to Heroku",
      "Migrating to Postgres 16",
      "We upgraded from Windows Vista",
      "The feature is available in Beta",
      "Is that a valid word in Scrabble?",
      "How do I sync my calendar to Outlook?",
      "The webhook posts to Discord whenever a build fails",
      "We're migrating from MySQL to MariaDB next sprint",
      "Can I connect Airtable to HubSpot without code?",
      "Push the image to Docker Hub and deploy on Kubernetes",
      "Our logs go to Datadog and alerts to PagerDuty",
      "I rewrote the service from Python to Golang",
      "Is it worth moving from Webpack to Vite?",
      "Export the sheet from Excel into Airtable",
      "Send the form data to Salesforce via Zapier",
      "Upgrade from Node 18 to Node 20 broke our tests",
      "The app crashes on Android 14 but not on iOS 17",
      "Stream the events into Kafka and read them in Flink",
      "Mirror the repo from GitLab to Bitbucket",
      "Invoices are created in QuickBooks and synced to Xero",
      "I switched my password manager from LastPass to Bitwarden",
      "Forward the alerts from Sentry into Slack",
      "The staging site runs on Render and production on Fly.io",
      "Host the docs on Netlify, the API on Railway",
      "I can't sign in to Figma with my work account",
      "Copy the notes from Evernote to Obsidian",
      "Store the uploads in Wasabi instead of S3",
      "The bot replies in Telegram but not in WhatsApp",
      "I upgraded to macOS Sonoma and the VPN stopped working",
      "We're still on Ubuntu Jammy on the build servers",
      "Our game server runs in Minecraft with the Forge mods",
      "Upload the dataset to Kaggle and share the link",
      "I'm moving my repos from Bitbucket to Codeberg",
      "Can Copilot write tests in Rust?",
      "She ported the game from Unity to Godot",
      "I lost access after moving from Authy to Google Authenticator",
      "Traffic goes through Nginx to Gunicorn",
      "We host our wiki on Notion and tickets in Linear",
      "2024-05-01 12:00:01 INFO [Kafka.Consumer] rebalancing group payments",
      "Error: connect ECONNREFUSED to Redis at 127.0.0.1:6379",
      "Die Rechnungen kommen aus Lexoffice in DATEV",
    ]) expect(found(text), text).toEqual([]);
  });

  it("keeps product words in other languages' support messages", () => {
    for (const text of [
      "Wie exportiere ich meine Daten von Notion nach Confluence?",
      "Wir sind von Jenkins zu GitLab umgezogen",
      "Ich habe auf Windows 11 aktualisiert und jetzt geht nichts",
      "Comment importer mes tâches de Trello vers Asana ?",
      "J'ai migré de Heroku vers Render la semaine dernière",
      "¿Cómo paso mis archivos de Dropbox a OneDrive?",
      "Migramos de MySQL a Postgres el mes pasado",
      "Como faço para integrar o Slack com o Jira?",
      "Mudamos do Heroku para a Vercel em março",
      "Hoe koppel ik Zapier aan HubSpot?",
      "We zijn overgestapt van Trello naar Asana",
      "Jak przenieść projekt z Jiry do Trello?",
      "Come posso collegare Grafana a Prometheus?",
    ]) expect(found(text, "LOCATION"), text).toEqual([]);
  });

  it("still finds the real places, also beside products", () => {
    expect(found("I moved from Lisbon to Berlin", "LOCATION")).toEqual(["Lisbon", "Berlin"]);
    expect(found("We moved from Heroku to Render and then to Fly.io in Frankfurt", "LOCATION")).toEqual(["Frankfurt"]);
    expect(found("flight to Victoria", "LOCATION")).toEqual(["Victoria"]);
    expect(found("ich ziehe nach Leer", "LOCATION")).toEqual(["Leer"]);
    expect(found("I moved to Phoenix last spring", "LOCATION")).toEqual(["Phoenix"]);
    expect(found("Our office moved from Warrington to Leeds", "LOCATION")).toEqual(["Warrington", "Leeds"]);
    expect(found("My parcel went from Eindhoven to Utrecht instead", "LOCATION")).toEqual(["Eindhoven", "Utrecht"]);
    // A town no list holds, after a strong cue, is still a town.
    expect(found("I live in Kleinwaldhausen now", "LOCATION")).toEqual(["Kleinwaldhausen"]);
  });
});

describe("people and products of the same name", () => {
  it("reads a name among other products as the product", () => {
    for (const text of [
      "Switching from Jenkins to GitHub Actions",
      "We replaced Jenkins with CircleCI last year",
      "Julia or Python for the simulation code?",
      "Ruby on Rails or Django for a small shop?",
    ]) expect(found(text, "PERSON"), text).toEqual([]);
  });

  it("keeps the person when no product is joined to the name", () => {
    expect(found("send it to Jenkins in accounting", "PERSON")).toEqual(["Jenkins"]);
    expect(found("Ruby said she would send the file", "PERSON")).toEqual(["Ruby"]);
    expect(found("Julia fixed the Python script", "PERSON")).toEqual(["Julia"]);
    expect(found("Julia and Mark use Python every day", "PERSON")).toEqual(["Julia", "Mark"]);
    expect(found("Mark Jenkins joined the call", "PERSON")).toEqual(["Mark Jenkins"]);
    expect(found("Her daughter Julia is waiting in the car", "PERSON")).toEqual(["Julia"]);
    expect(found("Julia Fischer called about her order", "PERSON")).toEqual(["Julia Fischer"]);
  });

  it("reads a country or city before Airlines or Airways as the firm", () => {
    for (const text of ["Singapore Airlines changed my seat", "Qatar Airways lost my bag", "Turkish Airlines cancelled the flight"]) expect(found(text), text).toEqual([]);
    expect(found("Mark Singapore called about the refund", "PERSON")).toEqual(["Mark Singapore"]);
  });

  it("reads Ping opening a request as the verb", () => {
    expect(found("Ping me at t.me/jdoe", "PERSON")).toEqual([]);
    expect(found("Ping the on-call if it fails again", "PERSON")).toEqual([]);
  });
});

describe("logins after log in to", () => {
  it("reads the service after 'log in to' as no login", () => {
    for (const text of ["Log in to Okta, then go to Jira", "I can't log in to Salesforce today", "login to Grafana fails with a 502"]) {
      expect(found(text, "ID"), text).toEqual([]);
    }
  });

  it("still finds a login after its cue", () => {
    expect(found("login jdoe / S3cret!", "ID")).toEqual(["jdoe"]);
    expect(found("Mój login to jkowalski", "ID")).toEqual(["jkowalski"]);
  });
});

describe("code and logs", () => {
  it("keeps SQL, module names and hosts", () => {
    for (const text of [
      "ORDER BY created_at DESC LIMIT 10",
      "SELECT id FROM orders ORDER BY updated_at DESC LIMIT 50",
      "WARN [Phoenix.Router] no route found",
      "ERROR [Berlin.Api.Controller] request failed",
      "the `Paris.Orders` module fails to compile",
      "Deploy the app to Fly.io",
      "Our status page is on Render.com",
      "Host it on Vercel.com instead",
    ]) expect(found(text, "LOCATION"), text).toEqual([]);
  });

  it("still reads a place before a sentence's dot, also without its space", () => {
    expect(found("I live in Berlin. Now I need a new bank", "LOCATION")).toEqual(["Berlin"]);
    expect(found("I live in Berlin.Now I need a new bank", "LOCATION")).toEqual(["Berlin"]);
  });

  it("reads a place and house number after 'at' that is a word of its own", () => {
    expect(found("I waited at Mevlana Sokak 96a for an hour", "LOCATION")).toEqual(["Mevlana Sokak 96a"]);
  });
});

describe("versions after on", () => {
  it("reads N.N after a product or a version word as a version", () => {
    for (const text of [
      "Kafka stays on 3.6 until Q2",
      "We're still on 2.4 in production",
      "The cluster runs on 1.12 and the nodes on 1.11",
      "Pin the SDK on 5.2 for now",
      "Python is on 3.11 on the build agents",
      "The release is on 2.14",
    ]) expect(found(text, "DATE_TIME"), text).toEqual([]);
  });

  it("keeps a day and month after on when nothing speaks of versions", () => {
    expect(found("Meet me on 3.6 at noon", "DATE_TIME")).toEqual(["3.6"]);
    expect(found("My appointment on 12.5 was moved", "DATE_TIME")).toEqual(["12.5"]);
    expect(found("Kafka stays until the meeting on 3/6", "DATE_TIME")).toEqual(["3/6"]);
  });
});

describe("secrets that are pointers or placeholders", () => {
  it("reads a word for 'see' or a bracketed placeholder as no password", () => {
    for (const text of [
      "Kennwort: siehe Tresor",
      "Passwort: siehe KeePass",
      "mot de passe : voir le coffre",
      "password: see vault",
      "password: <redacted>",
      "token: <hidden>",
      "api key: [removed]",
      "Password: <your password here>",
    ]) expect(found(text, "SECRET"), text).toEqual([]);
  });

  it("still finds a password after its cue", () => {
    expect(found("Kennwort: Tresor#2024", "SECRET")).toEqual(["Tresor#2024"]);
    expect(found("password: <Xk82mq!9", "SECRET")).toEqual(["<Xk82mq!9"]);
  });
});
