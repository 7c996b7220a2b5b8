import { describe, expect, it } from "vitest";
import { LIMITS } from "../format/limits";
import { exportJourney } from "./exportJourney";
import { sampleFile } from "./fixtures.test-support";
import { importJourney, utf8ByteLength, type ImportResult } from "./importJourney";

function problemsOf(result: ImportResult): { path: string; message: string }[] {
  if (result.ok) throw new Error("expected the import to be refused");
  return result.problems;
}

function pathsOf(result: ImportResult): string[] {
  return problemsOf(result).map((problem) => problem.path);
}

function mapOf(result: ImportResult) {
  if (!result.ok) throw new Error(`expected the import to succeed: ${JSON.stringify(result.problems)}`);
  return result.map;
}

describe("importJourney accepts", () => {
  it("a complete map, from text or from a parsed value, with the same result", () => {
    const file = sampleFile();
    const fromText = mapOf(importJourney(JSON.stringify(file)));
    const fromValue = mapOf(importJourney(file));
    expect(fromText).toEqual(fromValue);
    expect(fromText.touchpoints[1]?.critical).toBe(true);
    expect(fromText.connections[0]?.label).toBe("clicks");
  });

  it("a minimal map, filling in the documented defaults", () => {
    const map = mapOf(
      importJourney({
        format: "kundresa.journey-map",
        version: 1,
        title: "Minimal",
        stages: [{ id: "s", phase: "before" }],
        channels: [{ id: "c", category: "sales" }],
        touchpoints: [
          { id: "t", title: "T", stageId: "s", channelIds: ["c"], itSupport: "unknown", position: { x: 1, y: 2 } },
        ],
        connections: [{ id: "k", from: "t", to: "t" }],
      }),
    );
    expect(map.description).toBe("");
    expect(map.market).toBeUndefined();
    expect(map.coverage).toEqual({
      before: ["sales", "service", "communication"],
      during: ["sales", "service", "communication"],
      after: ["sales", "service", "communication"],
    });
    expect(map.stages[0]?.title).toBe("");
    expect(map.channels[0]?.name).toBe("");
    expect(map.touchpoints[0]).toMatchObject({
      critical: false,
      owner: "",
      notes: "",
      painPoints: [],
      opportunities: [],
      capabilities: [],
    });
    expect(map.touchpoints[0]?.emotion).toBeUndefined();
    expect(map.connections[0]?.label).toBe("");
  });

  it("broken references, leaving them to validation instead of dropping data", () => {
    const file = sampleFile();
    file.touchpoints[0]!.stageId = "no-such-stage";
    file.touchpoints[0]!.channelIds = ["no-such-channel"];
    file.connections.push({ id: "c2", from: "t1", to: "ghost" });
    const map = mapOf(importJourney(file));
    expect(map.touchpoints[0]?.stageId).toBe("no-such-stage");
    expect(map.touchpoints[0]?.channelIds).toEqual(["no-such-channel"]);
    expect(map.connections.map((connection) => connection.to)).toContain("ghost");
  });

  it("drops unknown extra fields instead of refusing the file", () => {
    const file = { ...sampleFile(), colourScheme: "dark" } as Record<string, unknown>;
    (file["touchpoints"] as Record<string, unknown>[])[0]!["likes"] = 3;
    const map = mapOf(importJourney(file));
    expect(map).not.toHaveProperty("colourScheme");
    expect(map.touchpoints[0]).not.toHaveProperty("likes");
  });

  it("exactly the limits: 10,000-character strings and 5,000 touchpoints", () => {
    const file = sampleFile();
    file.title = "x".repeat(LIMITS.maxStringLength);
    const template = file.touchpoints[0]!;
    file.touchpoints = Array.from({ length: LIMITS.maxTouchpoints }, (_, index) => ({ ...template, id: `t${index}` }));
    file.connections = [];
    const map = mapOf(importJourney(file));
    expect(map.touchpoints).toHaveLength(LIMITS.maxTouchpoints);
    expect(map.title).toHaveLength(LIMITS.maxStringLength);
  });
});

describe("importJourney and the byte-order mark", () => {
  it("reads a file saved with a UTF-8 byte-order mark as the same map", () => {
    const text = exportJourney(mapOf(importJourney(sampleFile())));
    expect(exportJourney(mapOf(importJourney(`\uFEFF${text}`)))).toBe(text);
  });
});

describe("importJourney refuses, naming every problem by its path", () => {
  it("text that is not JSON", () => {
    const problems = problemsOf(importJourney('{"format": "kundresa.journey-map",'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("");
    expect(problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it.each([
    ["an array", "[]"],
    ["a number", "42"],
    ["null", "null"],
    ["a string", '"map"'],
  ])("JSON that is %s", (_what, text) => {
    expect(problemsOf(importJourney(text))).toEqual([{ path: "", message: "a journey map must be a JSON object" }]);
  });

  it("a file of another format, or none", () => {
    expect(pathsOf(importJourney({ ...sampleFile(), format: "excalidraw" }))).toEqual(["format"]);
    const { format: _format, ...withoutFormat } = sampleFile();
    const problems = problemsOf(importJourney(withoutFormat));
    expect(problems[0]).toMatchObject({ path: "format" });
    expect(problems[0]?.message).toContain("is required");
  });

  it.each([
    [3, /newer than this Kundresa understands/],
    [99, /newer than this Kundresa understands/],
    [0, /not a known version/],
    [-1, /not a known version/],
    [1.5, /whole number/],
    ["1", /whole number/],
    [null, /whole number/],
  ])("version %s", (version, message) => {
    const problems = problemsOf(importJourney({ ...sampleFile(), version }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("version");
    expect(problems[0]?.message).toMatch(message);
  });

  it("wrong enumeration values, each at its path and naming the allowed values", () => {
    const file = sampleFile() as Record<string, unknown>;
    const stages = file["stages"] as Record<string, unknown>[];
    const channels = file["channels"] as Record<string, unknown>[];
    const touchpoints = file["touchpoints"] as Record<string, unknown>[];
    file["market"] = "b2x";
    stages[1]!["phase"] = "later";
    channels[0]!["category"] = "social";
    touchpoints[1]!["itSupport"] = "full";
    touchpoints[0]!["emotion"] = 3;
    const problems = problemsOf(importJourney(file));
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      "channels[0].category",
      "market",
      "stages[1].phase",
      "touchpoints[0].emotion",
      "touchpoints[1].itSupport",
    ]);
    const itSupport = problems.find((problem) => problem.path === "touchpoints[1].itSupport");
    expect(itSupport?.message).toBe(
      'must be one of "integrated", "standalone", "none", "unknown", not the text "full"',
    );
  });

  it("an emotion that is not a whole number from −2 to 2", () => {
    const file = sampleFile();
    file.touchpoints[0]!.emotion = 0.5;
    file.touchpoints[1]!.emotion = -3;
    expect(pathsOf(importJourney(file))).toEqual(["touchpoints[0].emotion", "touchpoints[1].emotion"]);
  });

  it("missing required fields and wrong types", () => {
    const file = sampleFile() as Record<string, unknown>;
    const touchpoints = file["touchpoints"] as Record<string, unknown>[];
    delete file["title"];
    delete touchpoints[0]!["position"];
    touchpoints[1]!["title"] = 7;
    (file["connections"] as Record<string, unknown>[])[0]!["to"] = undefined;
    const problems = problemsOf(importJourney(file));
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      "connections[0].to",
      "title",
      "touchpoints[0].position",
      "touchpoints[1].title",
    ]);
    expect(problems.find((problem) => problem.path === "touchpoints[1].title")?.message).toBe(
      "must be a text, not the number 7",
    );
    expect(problems.find((problem) => problem.path === "title")?.message).toBe("is required (a text)");
  });

  it("a collection that is not a list", () => {
    expect(pathsOf(importJourney({ ...sampleFile(), touchpoints: {} }))).toEqual(["touchpoints"]);
  });

  it("duplicate ids in every collection, naming the earlier one", () => {
    const file = sampleFile();
    file.stages.push({ id: "s1", phase: "after", title: "Again" });
    file.channels.push({ id: "email", category: "communication", name: "Mail" });
    file.touchpoints.push({ ...file.touchpoints[0]!, title: "Copy" });
    file.connections.push({ id: "c1", from: "t2", to: "t1" });
    const problems = problemsOf(importJourney(file));
    expect(problems).toEqual([
      { path: "stages[3].id", message: 'duplicate id "s1" (already used by stages[0])' },
      { path: "channels[2].id", message: 'duplicate id "email" (already used by channels[0])' },
      { path: "touchpoints[2].id", message: 'duplicate id "t1" (already used by touchpoints[0])' },
      { path: "connections[1].id", message: 'duplicate id "c1" (already used by connections[0])' },
    ]);
  });

  it("duplicates alongside shape problems, all in one answer", () => {
    const file = sampleFile();
    file.touchpoints.push({ ...file.touchpoints[0]!, itSupport: "maybe" as "none" });
    expect(pathsOf(importJourney(file)).sort()).toEqual(["touchpoints[2].id", "touchpoints[2].itSupport"]);
  });

  it("a channel listed twice on one touchpoint, and a category listed twice in coverage", () => {
    const file = sampleFile();
    file.touchpoints[1]!.channelIds = ["email", "e-commerce", "email"];
    file.coverage!.after = ["sales", "sales"];
    expect(pathsOf(importJourney(file))).toEqual(["touchpoints[1].channelIds[2]", "coverage.after[1]"]);
  });

  it("ids that are empty or longer than 64 characters", () => {
    const file = sampleFile();
    file.stages[0]!.id = "";
    file.touchpoints[0]!.id = "t".repeat(65);
    const problems = problemsOf(importJourney(file));
    expect(problems.map((problem) => problem.path)).toEqual(["stages[0].id", "touchpoints[0].id"]);
    expect(problems[0]?.message).toBe("must not be empty");
    expect(problems[1]?.message).toBe("is too long: at most 64 characters");
  });

  it("a string over 10,000 characters, wherever it is", () => {
    const file = sampleFile();
    file.touchpoints[1]!.painPoints = ["ok", "y".repeat(LIMITS.maxStringLength + 1)];
    file.description = "z".repeat(LIMITS.maxStringLength + 1);
    const problems = problemsOf(importJourney(file));
    expect(problems.map((problem) => problem.path)).toEqual(["description", "touchpoints[1].painPoints[1]"]);
    expect(problems[0]?.message).toBe("is too long: at most 10000 characters");
  });

  it("more than 5,000 touchpoints", () => {
    const file = sampleFile();
    const template = file.touchpoints[0]!;
    file.touchpoints = Array.from({ length: LIMITS.maxTouchpoints + 1 }, (_, index) => ({
      ...template,
      id: `t${index}`,
    }));
    const problems = problemsOf(importJourney(file));
    expect(problems).toEqual([{ path: "touchpoints", message: "has too many entries: at most 5000" }]);
  });

  it("more than 10,000 connections", () => {
    const file = sampleFile();
    file.connections = Array.from({ length: LIMITS.maxConnections + 1 }, (_, index) => ({
      id: `c${index}`,
      from: "t1",
      to: "t2",
    }));
    expect(pathsOf(importJourney(file))).toEqual(["connections"]);
  });

  it("a body over 5 MiB, as text or as a value, before parsing anything else", () => {
    const file = sampleFile();
    file.notes = "x".repeat(LIMITS.maxBodyBytes);
    const text = JSON.stringify(file);
    for (const input of [text, file]) {
      const problems = problemsOf(importJourney(input));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe("");
      expect(problems[0]?.message).toMatch(/^the file is 5\.0 MiB; the largest journey map accepted is 5 MiB$/);
    }
  });

  it("counts the body in UTF-8 bytes, not characters", () => {
    expect(utf8ByteLength("aå€😀")).toBe(1 + 2 + 3 + 4);
    const file = sampleFile();
    // 1.8 M three-byte characters: 5.4 MB as UTF-8, but only 1.8 M JavaScript characters.
    file.description = "€".repeat(1_800_000);
    expect(problemsOf(importJourney(JSON.stringify(file)))[0]?.message).toMatch(/^the file is 5\.\d MiB/);
  });

  it("a value that cannot be written as JSON", () => {
    const cyclic: Record<string, unknown> = { ...sampleFile() };
    cyclic["self"] = cyclic;
    expect(problemsOf(importJourney(cyclic))).toEqual([
      { path: "", message: "not a JSON value (it cannot be written as JSON)" },
    ]);
  });

  it("non-finite positions passed as values", () => {
    const file = sampleFile();
    file.touchpoints[0]!.position = { x: Number.POSITIVE_INFINITY, y: 0 };
    expect(pathsOf(importJourney(file))).toEqual(["touchpoints[0].position.x"]);
  });

  it("and applies nothing: the refused value is left as it was", () => {
    const file = sampleFile();
    file.touchpoints[0]!.itSupport = "bogus" as "none";
    const before = JSON.stringify(file);
    expect(importJourney(file).ok).toBe(false);
    expect(JSON.stringify(file)).toBe(before);
  });
});

describe("exportJourney", () => {
  it("round trips: import of an export, exported again, gives the same text", () => {
    const first = exportJourney(mapOf(importJourney(sampleFile())));
    const second = exportJourney(mapOf(importJourney(first)));
    expect(second).toBe(first);
  });

  it("writes the contract's key order and leaves out what is unset", () => {
    const file = sampleFile();
    delete file.market;
    const exported = JSON.parse(exportJourney(mapOf(importJourney(file)))) as Record<string, unknown>;
    expect(Object.keys(exported)).toEqual([
      "format",
      "version",
      "title",
      "description",
      "coverage",
      "stages",
      "channels",
      "touchpoints",
      "connections",
      "comments",
    ]);
    const touchpoints = exported["touchpoints"] as Record<string, unknown>[];
    expect(Object.keys(touchpoints[0]!)).toEqual([
      "id",
      "title",
      "stageId",
      "channelIds",
      "itSupport",
      "emotion",
      "critical",
      "owner",
      "notes",
      "painPoints",
      "opportunities",
      "capabilities",
      "position",
    ]);
    expect(touchpoints[1]).not.toHaveProperty("emotion");
  });

  it("gives the same bytes whatever order the unordered collections came in", () => {
    const file = sampleFile();
    const shuffled = sampleFile();
    shuffled.touchpoints.reverse();
    shuffled.channels.reverse();
    shuffled.coverage!.before = ["communication", "service", "sales"];
    expect(exportJourney(mapOf(importJourney(shuffled)))).toBe(exportJourney(mapOf(importJourney(file))));
  });

  it("keeps stage order, because it is the order of the columns", () => {
    const file = sampleFile();
    file.stages.reverse();
    const exported = JSON.parse(exportJourney(mapOf(importJourney(file)))) as { stages: { id: string }[] };
    expect(exported.stages.map((stage) => stage.id)).toEqual(["s3", "s2", "s1"]);
  });

  it("orders touchpoints as the canvas reads: by stage, then top to bottom", () => {
    const file = sampleFile();
    file.touchpoints.push({ ...file.touchpoints[0]!, id: "a-first-by-id", position: { x: 0, y: 500 } });
    const exported = JSON.parse(exportJourney(mapOf(importJourney(file)))) as { touchpoints: { id: string }[] };
    expect(exported.touchpoints.map((touchpoint) => touchpoint.id)).toEqual(["t1", "a-first-by-id", "t2"]);
  });

  it("ends with a newline and is indented for diffs", () => {
    const text = exportJourney(mapOf(importJourney(sampleFile())));
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "title": "Broadband subscription"');
  });
});
