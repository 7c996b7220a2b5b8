import { describe, expect, it } from "vitest";
import { itSupportMatrix } from "./itSupportMatrix";
import { channel, testMap, touchpoint } from "./testMap";

const counts = (integrated: number, standalone: number, none: number, unknown: number) => ({
  counts: { integrated, standalone, none, unknown },
  total: integrated + standalone + none + unknown,
});

describe("itSupportMatrix", () => {
  // Catalogue deliberately out of category order: the matrix groups it.
  const map = testMap({
    channels: [
      channel("email", "communication"),
      channel("shop", "sales"),
      channel("sms", "communication"),
      channel("club", "marketing"),
      channel("phone-sales", "sales"),
    ],
    touchpoints: [
      touchpoint("a", { channelIds: ["email", "sms"], itSupport: "integrated" }),
      touchpoint("b", { channelIds: ["email"], itSupport: "standalone" }),
      touchpoint("c", { channelIds: ["shop", "pigeon"], itSupport: "none" }),
      touchpoint("d", { channelIds: ["shop"], itSupport: "unknown", stageId: "gone" }),
      touchpoint("e", { channelIds: ["pigeon"], itSupport: "none" }),
      touchpoint("f", { channelIds: [], itSupport: "unknown" }),
      touchpoint("g", { channelIds: ["email"], itSupport: "integrated" }),
    ],
  });
  const matrix = itSupportMatrix(map);

  it("has one row per catalogue channel, by category, catalogue order within a category", () => {
    expect(matrix.rows.map((row) => [row.category, row.channelId])).toEqual([
      ["marketing", "club"],
      ["sales", "shop"],
      ["sales", "phone-sales"],
      ["communication", "email"],
      ["communication", "sms"],
    ]);
  });

  it("counts each touchpoint once in the row of every known channel it uses, by level", () => {
    const byId = Object.fromEntries(
      matrix.rows.map((row) => [row.channelId, { counts: row.counts, total: row.total }]),
    );
    expect(byId).toEqual({
      club: counts(0, 0, 0, 0),
      shop: counts(0, 0, 1, 1),
      "phone-sales": counts(0, 0, 0, 0),
      email: counts(2, 1, 0, 0),
      sms: counts(1, 0, 0, 0),
    });
  });

  it("groups rows under all four categories with column sums", () => {
    expect(matrix.groups.map((group) => [group.category, group.rows.length, group.total])).toEqual([
      ["marketing", 1, 0],
      ["sales", 2, 2],
      ["service", 0, 0],
      ["communication", 2, 4],
    ]);
    expect(matrix.groups[3]?.counts).toEqual({ integrated: 3, standalone: 1, none: 0, unknown: 0 });
    expect(matrix.groups[1]?.rows).toEqual(matrix.rows.filter((row) => row.category === "sales"));
  });

  it("totals the channel uses and counts touchpoints with no known channel apart", () => {
    expect(matrix.totals).toEqual(counts(3, 1, 1, 1));
    expect(matrix.withoutChannel).toEqual(counts(0, 0, 1, 1));
  });

  it("counts a channel listed twice in one touchpoint once", () => {
    const doubled = itSupportMatrix(testMap({ touchpoints: [touchpoint("a", { channelIds: ["email", "email"] })] }));
    expect(doubled.rows.find((row) => row.channelId === "email")?.total).toBe(1);
  });
});
