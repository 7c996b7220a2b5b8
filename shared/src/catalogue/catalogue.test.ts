import { describe, expect, it } from "vitest";
import { CATEGORIES, PHASES } from "../format/enums";
import { exportJourney } from "../io/exportJourney";
import { importJourney } from "../io/importJourney";
import { allCapabilities } from "./capabilities";
import { DEFAULT_CHANNELS, channelDisplayName, defaultChannels } from "./channels";
import { createJourney } from "./createJourney";
import { IT_SUPPORT_CATALOGUE } from "./itSupport";
import { RELATIONSHIP_LADDER } from "./relationshipLadder";

describe("the default channel catalogue", () => {
  it("has the seed's grid: 8 marketing, 9 sales, 6 service and 14 communication channels", () => {
    const perCategory = Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        DEFAULT_CHANNELS.filter((channel) => channel.category === category).length,
      ]),
    );
    expect(perCategory).toEqual({ marketing: 8, sales: 9, service: 6, communication: 14 });
  });

  it("has unique ids and a name in both languages for every channel", () => {
    expect(new Set(DEFAULT_CHANNELS.map((channel) => channel.id)).size).toBe(DEFAULT_CHANNELS.length);
    for (const channel of DEFAULT_CHANNELS) {
      expect(channel.name.en.length).toBeGreaterThan(0);
      expect(channel.name.sv.length).toBeGreaterThan(0);
    }
    expect(DEFAULT_CHANNELS.find((channel) => channel.id === "customer-club")?.name.sv).toBe("Klubbverksamhet");
  });

  it("gives the same ids in English and Swedish maps", () => {
    expect(defaultChannels("sv").map((channel) => channel.id)).toEqual(
      defaultChannels("en").map((channel) => channel.id),
    );
  });
});

describe("channelDisplayName", () => {
  it("follows the UI language for a catalogue channel the team has not renamed", () => {
    expect(channelDisplayName({ id: "letter", category: "communication", name: "Letter" }, "sv")).toBe("Brev");
    expect(channelDisplayName({ id: "letter", category: "communication", name: "Brev" }, "en")).toBe("Letter");
  });

  it("keeps the team's own words for a renamed or custom channel", () => {
    expect(channelDisplayName({ id: "letter", category: "communication", name: "Paper post" }, "sv")).toBe(
      "Paper post",
    );
    expect(channelDisplayName({ id: "tiktok", category: "marketing", name: "TikTok" }, "en")).toBe("TikTok");
    expect(channelDisplayName({ id: "tiktok", category: "marketing", name: "" }, "en")).toBe("tiktok");
  });
});

describe("the other catalogues", () => {
  it("lists the four IT-support levels, best first, in both languages", () => {
    expect(IT_SUPPORT_CATALOGUE.map((level) => level.id)).toEqual(["integrated", "standalone", "none", "unknown"]);
    expect(IT_SUPPORT_CATALOGUE[0]?.label.sv).toBe("Integrerat IT-stöd");
  });

  it("offers each CRM capability once, and the five-rung relationship ladder", () => {
    const capabilities = allCapabilities();
    expect(new Set(capabilities).size).toBe(capabilities.length);
    expect(capabilities).toContain("Campaign management");
    expect(capabilities).toContain("Case management");
    expect(RELATIONSHIP_LADDER.map((rung) => rung.label.sv)).toEqual([
      "Kundämne",
      "Kund",
      "Klient",
      "Supporter",
      "Partner",
    ]);
  });
});

describe("createJourney", () => {
  it("gives a valid map with one stage per phase and the default catalogue", () => {
    const map = createJourney();
    expect(map.stages.map((stage) => stage.phase)).toEqual([...PHASES]);
    expect(map.channels).toHaveLength(DEFAULT_CHANNELS.length);
    expect(map.touchpoints).toEqual([]);
    const result = importJourney(exportJourney(map));
    expect(result.ok).toBe(true);
  });

  it("names stages and channels in the requested language", () => {
    const map = createJourney({ locale: "sv", title: "Bredband" });
    expect(map.title).toBe("Bredband");
    expect(map.stages.map((stage) => stage.title)).toEqual(["Före köp", "Under köp", "Efter köp"]);
    expect(map.channels.find((channel) => channel.id === "letter")?.name).toBe("Brev");
  });
});
