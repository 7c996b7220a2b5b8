import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readJourney } from "./journeyCache";
import { setMeta } from "./metaIntents";
import { writeJourney } from "./writeJourney";
import { recordUpdates, sampleJourney } from "./testing/fixtures";

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, sampleJourney());
  return doc;
}

describe("setMeta", () => {
  it("sets the named fields only, in one update carrying the origin", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    setMeta(
      doc,
      { title: "Mobile subscription", coverage: { before: ["marketing"], during: [], after: ["service"] } },
      "alice",
    );
    const { map } = readJourney(doc);
    expect(map).toMatchObject({
      title: "Mobile subscription",
      description: "From first ad to renewal",
      market: "b2c",
      coverage: { before: ["marketing"], during: [], after: ["service"] },
    });
    expect(updates.origins).toEqual(["alice"]);
  });

  it("clears the market with null", () => {
    const doc = sampleDoc();
    setMeta(doc, { market: null });
    expect(readJourney(doc).map.market).toBeUndefined();
    expect(readJourney(doc).map).not.toHaveProperty("market");
  });

  it("refuses a coverage naming a category twice, or an unknown field, writing nothing", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(() => setMeta(doc, { coverage: { before: ["sales", "sales"], during: [], after: [] } })).toThrow(
      /coverage\.before\[1\] category "sales" is listed twice/,
    );
    expect(() => setMeta(doc, { title: "ok", format: "x" } as never)).toThrow(/format cannot be changed here/);
    expect(updates.count()).toBe(0);
  });
});
