import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { defaultCoverage } from "../format/journeyMap";
import { exportJourney } from "../io/exportJourney";
import { importJourney } from "../io/importJourney";
import { validateJourney } from "../validation/validateJourney";
import { readJourney } from "./journeyCache";
import { journeyRoots } from "./layout";
import { isDuplicateStage } from "./readStages";
import { writeJourney } from "./writeJourney";
import { sampleJourney } from "./testing/fixtures";

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, sampleJourney());
  return doc;
}

function touchpointEntry(doc: Y.Doc, id: string): Y.Map<unknown> {
  return journeyRoots(doc).touchpoints.get(id) as Y.Map<unknown>;
}

function expectImportable(doc: Y.Doc): void {
  const imported = importJourney(exportJourney(readJourney(doc).map));
  expect(imported.ok ? [] : imported.problems).toEqual([]);
}

describe("readJourney", () => {
  it("reads an empty document as an untitled map with default coverage", () => {
    const { map, invalidEntries } = readJourney(new Y.Doc());
    expect(map).toMatchObject({ title: "", description: "", coverage: defaultCoverage(), stages: [], touchpoints: [] });
    expect(map.market).toBeUndefined();
    expect(invalidEntries).toEqual([]);
  });

  it("lists touchpoints, channels and connections by id, whatever order they were added in", () => {
    const doc = sampleDoc();
    const { touchpoints } = journeyRoots(doc);
    const t4 = touchpoints.get("t4") as Y.Map<unknown>;
    doc.transact(() => {
      touchpoints.delete("t1");
      touchpoints.set("t0", t4.clone());
      (touchpoints.get("t0") as Y.Map<unknown>).set("id", "t0");
    });
    expect(readJourney(doc).map.touchpoints.map((touchpoint) => touchpoint.id)).toEqual(["t0", "t2", "t3", "t4"]);
    expect(readJourney(doc).map.channels.map((channel) => channel.id)).toEqual(["email", "phone", "web"]);
  });

  it("leaves out a touchpoint with a wrong enumeration value, names the field, and keeps it in the document", () => {
    const doc = sampleDoc();
    touchpointEntry(doc, "t2").set("itSupport", "great");
    const { map, invalidEntries } = readJourney(doc);
    expect(map.touchpoints.map((touchpoint) => touchpoint.id)).toEqual(["t1", "t3", "t4"]);
    expect(invalidEntries).toHaveLength(1);
    expect(invalidEntries[0]).toMatchObject({ collection: "touchpoints", entryId: "t2", raw: { itSupport: "great" } });
    expect(invalidEntries[0]?.problems.map((problem) => problem.path)).toEqual(["itSupport"]);
    expect(journeyRoots(doc).touchpoints.has("t2")).toBe(true);
  });

  it("turns a broken entry into a doc.invalid-entry error of the validation report, naming it", () => {
    const doc = sampleDoc();
    touchpointEntry(doc, "t2").set("itSupport", "great");
    const { map, invalidEntries } = readJourney(doc);
    const report = validateJourney(map, { invalidEntries });
    const found = report.issues.filter((issue) => issue.rule === "doc.invalid-entry");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", collection: "touchpoints", entryId: "t2" });
    expect(report.summary.errors).toBeGreaterThanOrEqual(1);
  });

  it("reports a Y.Text where a plain string belongs, with the text it holds in raw", () => {
    const doc = sampleDoc();
    touchpointEntry(doc, "t1").set("title", new Y.Text("Sees an ad"));
    const [entry] = readJourney(doc).invalidEntries;
    expect(entry?.problems).toEqual([{ path: "title", message: "must be a plain value, not a shared text (Y.Text)" }]);
    expect(entry?.raw).toMatchObject({ title: "Sees an ad" });
  });

  it("reports missing fields, a key that differs from the id, and an entry that is not a Y.Map", () => {
    const doc = sampleDoc();
    const { touchpoints, connections, channels } = journeyRoots(doc);
    touchpointEntry(doc, "t1").delete("position");
    (connections.get("c1") as Y.Map<unknown>).set("id", "c9");
    channels.set("fax", { id: "fax", category: "communication", name: "Fax" });
    touchpoints.set("t9", "just a string");
    const problems = Object.fromEntries(
      readJourney(doc).invalidEntries.map((entry) => [`${entry.collection}/${entry.entryId}`, entry.problems]),
    );
    expect(problems["touchpoints/t1"]).toEqual([{ path: "position", message: "is required (an object)" }]);
    expect(problems["connections/c1"]).toEqual([
      { path: "id", message: 'must equal the entry\'s key "c1" in connections' },
    ]);
    expect(problems["channels/fax"]?.[0]?.message).toMatch(/must be a shared map \(Y\.Map\).*not an object/);
    expect(problems["touchpoints/t9"]?.[0]?.message).toMatch(/not a text/);
    expectImportable(doc);
  });

  it("reports a touchpoint naming one channel twice, which import would refuse", () => {
    const doc = sampleDoc();
    touchpointEntry(doc, "t2").set("channelIds", ["web", "email", "web"]);
    expect(readJourney(doc).invalidEntries[0]?.problems).toEqual([
      { path: "channelIds[2]", message: 'channel "web" is listed twice' },
    ]);
  });

  it("keeps the first of two stages with one id and reports the later one by its index", () => {
    const doc = sampleDoc();
    const copy = new Y.Map<unknown>([
      ["id", "s1"],
      ["phase", "after"],
      ["title", "Copy"],
    ]);
    journeyRoots(doc).stages.push([copy]);
    const { map, invalidEntries } = readJourney(doc);
    expect(map.stages.map((stage) => [stage.id, stage.title])).toEqual([
      ["s1", "Awareness"],
      ["s2", "Order"],
      ["s3", "Support"],
    ]);
    expect(invalidEntries).toHaveLength(1);
    expect(invalidEntries[0]).toMatchObject({ collection: "stages", entryId: "3" });
    expect(isDuplicateStage(invalidEntries[0]!)).toBe(true);
  });

  it("falls back to defaults for bad meta fields and reports each by its key", () => {
    const doc = sampleDoc();
    const { meta } = journeyRoots(doc);
    meta.set("title", 42);
    meta.set("market", "b2x");
    meta.set("coverage", { before: ["sales", "sales"], during: [], after: [] });
    meta.set("whatever", { junk: true });
    const { map, invalidEntries } = readJourney(doc);
    expect(map.title).toBe("");
    expect(map.market).toBeUndefined();
    expect(map.coverage).toEqual(defaultCoverage());
    expect(map.description).toBe("From first ad to renewal");
    expect(invalidEntries.map((entry) => [entry.collection, entry.entryId, entry.problems[0]?.path])).toEqual([
      ["meta", "title", "title"],
      ["meta", "market", "market"],
      ["meta", "coverage", "coverage.before[1]"],
    ]);
    expectImportable(doc);
  });

  it("does not throw when this replica opened a root as another shared type, and reports it", () => {
    const doc = new Y.Doc();
    doc.getArray("touchpoints");
    const { map, invalidEntries } = readJourney(doc);
    expect(map.touchpoints).toEqual([]);
    expect(invalidEntries).toMatchObject([{ collection: "touchpoints", entryId: "" }]);
  });

  it("keeps the 5,000 touchpoints with the smallest ids and reports the rest", () => {
    const doc = new Y.Doc();
    const { touchpoints } = journeyRoots(doc);
    doc.transact(() => {
      for (let index = 0; index < 5_002; index++) {
        const id = `t${String(index).padStart(5, "0")}`;
        const entry = new Y.Map<unknown>();
        for (const [field, value] of Object.entries({
          id,
          title: "",
          stageId: "s",
          channelIds: [],
          itSupport: "unknown",
          position: { x: 0, y: 0 },
        })) {
          entry.set(field, value);
        }
        touchpoints.set(id, entry);
      }
    });
    const { map, invalidEntries } = readJourney(doc);
    expect(map.touchpoints).toHaveLength(5_000);
    expect(invalidEntries.map((entry) => entry.entryId)).toEqual(["t05000", "t05001"]);
    expect(invalidEntries[0]?.problems[0]?.message).toMatch(/past the limit of 5000 touchpoints/);
    expectImportable(doc);
  });
});
