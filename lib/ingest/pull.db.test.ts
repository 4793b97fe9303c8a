import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runPullJob } from "./pull";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";

function openAiPair(id: string, finish = "stop") {
  return {
    request: { model: "gpt-4o-mini", messages: [{ role: "user", content: `Can I change my delivery address? (${id})` }] },
    response: { id, created: 1764150000, model: "gpt-4o-mini", choices: [{ index: 0, message: { role: "assistant", content: "Yes, in your account." }, finish_reason: finish }], usage: { prompt_tokens: 12, completion_tokens: 6 } },
  };
}

function collectorLine(spanIds: string[]) {
  const attr = (key: string, value: string) => ({ key, value: { stringValue: value } });
  return {
    resourceSpans: [
      {
        resource: { attributes: [attr("service.name", "assistant")] },
        scopeSpans: [
          {
            scope: { name: "openllmetry" },
            spans: [
              ...spanIds.map((spanId) => ({
                traceId: "5b8efff798038103d269b633813fc60c",
                spanId,
                name: "chat",
                startTimeUnixNano: "1764150000000000000",
                endTimeUnixNano: "1764150000250000000",
                attributes: [attr("gen_ai.operation.name", "chat"), attr("gen_ai.request.model", "claude-x"), attr("gen_ai.prompt.0.role", "user"), attr("gen_ai.prompt.0.content", "Where is my refund?"), attr("gen_ai.completion.0.content", "On its way.")],
                status: { code: 2, message: "upstream 500" },
              })),
              { traceId: "5b8efff798038103d269b633813fc60c", spanId: "00000000000000ff", name: "db.query", startTimeUnixNano: "1764150000000000000", endTimeUnixNano: "1764150000000000001", attributes: [] },
            ],
          },
        ],
      },
    ],
  };
}

describe("pull folder job", () => {
  it("reads native, OpenAI-pair (.gz) and Collector files, records offsets, and only reads new lines next time", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-pull-"));
    const { source } = await makeIngestSource();
    await db.source.update({ where: { id: source.id }, data: { pullFolder: folder } });
    fs.writeFileSync(path.join(folder, "a-native.jsonl"), jsonl([nativeLog("n1"), nativeLog("n2", { metadata: { escalated: true } })]) + "{not json\n");
    fs.writeFileSync(path.join(folder, "b-openai.ndjson.gz"), zlib.gzipSync(jsonl([openAiPair("chatcmpl-1"), openAiPair("chatcmpl-2", "content_filter")])));
    fs.writeFileSync(path.join(folder, "c-otel.jsonl"), jsonl([collectorLine(["00000000000000a1", "00000000000000a2"])]));
    fs.writeFileSync(path.join(folder, "ignored.txt"), "not a log\n");

    const first = await runPullJob();
    expect(first.files).toBeGreaterThanOrEqual(3);
    const logs = await db.sourceLog.findMany({ where: { sourceId: source.id }, orderBy: { externalId: "asc" } });
    expect(logs.map((l) => l.externalId)).toEqual(["00000000000000a1", "00000000000000a2", "chatcmpl-1", "chatcmpl-2", "n1", "n2"]);
    expect(logs.find((l) => l.externalId === "chatcmpl-2")!.metadata).toMatchObject({ finishReason: "content_filter", usage: { inputTokens: 12, outputTokens: 6 } });
    const cases = await db.case.findMany({ where: { sourceId: source.id }, include: { sourceLog: true } });
    // The two spans ask the same question: the second is counted on the first's case.
    expect(cases.map((c) => [c.sourceLog!.externalId, c.groupSize]).sort()).toEqual([["00000000000000a1", 2], ["chatcmpl-2", 1], ["n2", 1]]);
    const offsets = await db.pullFileOffset.findMany({ where: { sourceId: source.id }, orderBy: { path: "asc" } });
    expect(offsets.map((o) => [path.basename(o.path), o.done])).toEqual([["a-native.jsonl", false], ["b-openai.ndjson.gz", true], ["c-otel.jsonl", false]]);
    expect(Number(offsets[0].offset)).toBe(fs.statSync(path.join(folder, "a-native.jsonl")).size);

    // Append: only the new line is read (no duplicates reported for the old ones).
    fs.appendFileSync(path.join(folder, "a-native.jsonl"), jsonl([nativeLog("n3")]));
    const second = await runPullJob();
    expect(second.totals).toMatchObject({ received: 1, stored: 1, duplicate: 0 });
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(7);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

function snapshot(sourceId: string) {
  return Promise.all([
    db.sourceLog.findMany({ where: { sourceId }, orderBy: { externalId: "asc" }, select: { externalId: true, traceId: true, timestamp: true, model: true, input: true, output: true, metadata: true, entityCounts: true } }),
    db.case.findMany({ where: { sourceId }, orderBy: { sourceLog: { externalId: "asc" } }, select: { minedReasons: true, priority: true, suggestedCategory: true, groupKey: true, input: true, sourceLog: { select: { externalId: true } } } }),
  ]);
}

describe("npm run ingest", () => {
  it("killed mid-file and rerun, leaves the database exactly as one clean run", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-ingest-"));
    const file = path.join(dir, "big.jsonl");
    const rows = Array.from({ length: 4000 }, (_, i) =>
      nativeLog(`k${i}`, { input: `Customer ${i % 7 === 0 ? "Margaret Thornton" : "Sam"} asks about order ${i} and delivery windows`, metadata: i % 5 === 0 ? { error: "timeout" } : { confidence: 0.9 } }),
    );
    fs.writeFileSync(file, jsonl(rows));
    const killed = await makeIngestSource();
    const clean = await makeIngestSource();
    // node --import tsx (not the tsx binary, which runs the script in a grandchild a SIGKILL would orphan).
    const cli = (name: string) => [process.execPath, ["--import", "tsx", "scripts/ingest.ts", "--source", name, "--quiet", file]] as const;
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };

    const [bin, args] = cli(killed.source.name);
    const child = spawn(bin, [...args], { env, stdio: "ignore" });
    let offset = 0;
    while (offset === 0 && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 25));
      offset = Number((await db.pullFileOffset.findFirst({ where: { sourceId: killed.source.id } }))?.offset ?? 0);
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const partial = await db.sourceLog.count({ where: { sourceId: killed.source.id } });
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(rows.length);

    for (const name of [killed.source.name, clean.source.name]) {
      const [b, a] = cli(name);
      const run = spawnSync(b, [...a], { env, encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/ingested 1 file/);
    }
    const [killedLogs, killedCases] = await snapshot(killed.source.id);
    const [cleanLogs, cleanCases] = await snapshot(clean.source.id);
    expect(killedLogs.length).toBe(rows.length);
    expect(killedLogs).toEqual(cleanLogs);
    expect(killedCases).toEqual(cleanCases);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});
