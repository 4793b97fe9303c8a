import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const urls = (text: string) => redactText(text).entities.filter((e) => e.type === "URL").map((e) => text.slice(e.start, e.end));

describe("links written without a scheme (1.10.0)", () => {
  it("profile, chat, booking and short links, whole, without the punctuation after them", () => {
    expect(urls("My profile: linkedin.com/in/anna-kowalska")).toEqual(["linkedin.com/in/anna-kowalska"]);
    expect(urls("Book a slot at calendly.com/jdoe/30min.")).toEqual(["calendly.com/jdoe/30min"]);
    expect(urls("Ping me at t.me/anna_k, or on wa.me/34612345678.")).toEqual(["t.me/anna_k", "wa.me/34612345678"]);
    expect(urls("follow me instagram.com/ana.souza!")).toEqual(["instagram.com/ana.souza"]);
    expect(urls("short link bit.ly/3xYz9Qa")).toEqual(["bit.ly/3xYz9Qa"]);
    expect(urls("x.com/jdoe and tiktok.com/@ana.souza")).toEqual(["x.com/jdoe", "tiktok.com/@ana.souza"]);
    expect(urls("Mi perfil: es.linkedin.com/in/ximena-quispe")).toEqual(["es.linkedin.com/in/ximena-quispe"]);
    expect(urls("my page: facebook.com/profile.php?id=100012345678")).toEqual(["facebook.com/profile.php?id=100012345678"]);
  });
  it("in angle brackets, parentheses, quotes and markdown links", () => {
    expect(urls("<linkedin.com/in/anna-kowalska>")).toEqual(["linkedin.com/in/anna-kowalska"]);
    expect(urls("see (github.com/jdoe/dotfiles)")).toEqual(["github.com/jdoe/dotfiles"]);
    expect(urls("[my code](github.com/jdoe)")).toEqual(["github.com/jdoe"]);
    expect(urls("„instagram.com/ana.souza“")).toEqual(["instagram.com/ana.souza"]);
  });
  it("a phone number in a chat link is part of the link", () => {
    const text = "whatsapp me: wa.me/4915112345678";
    expect(redactText(text).entities.map((e) => [e.type, text.slice(e.start, e.end)])).toEqual([["URL", "wa.me/4915112345678"]]);
  });
  it("a site with a path in prose is a link; a bare domain names a company, not a person", () => {
    expect(urls("check stackoverflow.com/questions/123456 first")).toEqual(["stackoverflow.com/questions/123456"]);
    for (const text of ["google.com is down", "is amazon.com down?", "I use Gmail", "my site is down", "I love google.com", "google.com/ is the site"]) expect(urls(text)).toEqual([]);
  });
  it("a bare domain its owner calls their site, portfolio or blog", () => {
    expect(urls("my portfolio is janedoe.com")).toEqual(["janedoe.com"]);
    expect(urls("[my site](annasouza.dev)")).toEqual(["annasouza.dev"]);
    expect(urls("My blog is at jdoe.substack.com!")).toEqual(["jdoe.substack.com"]);
    expect(urls("check out her blog (marta.blog)")).toEqual(["marta.blog"]);
    for (const text of ["my sites.com", "my blog uses config.yaml", "our website is slow"]) expect(urls(text)).toEqual([]);
  });
  it("leaves file names, packages, dotted code, versions, units and module paths alone", () => {
    for (const text of [
      "open report.pdf and config.yaml",
      "npm i lodash.debounce",
      "node_modules/lodash.debounce/index.js",
      "call obj.method() then this.props.value",
      'import { x } from "./utils.js/index"',
      "see src/app.ts and lib/foo.bar/baz",
      "the speed is 50 km/h and/or TCP/IP w/o issues",
      "price 1.5/hr, ratio was 3.5/10, version 2.0/3.0 migration",
      "go get github.com/stretchr/testify/assert",
      "docker pull ghcr.io/acme/api:1.2",
      'import "github.com/stretchr/testify/assert"\nfunc main() {}',
      '{"homepage": "github.com/acme/tool", "version": "1.2.0", "main": "index.js"}',
    ]) expect(urls(text)).toEqual([]);
  });
});
