import type { JourneyMapInput } from "../format/journeyMap";

/** A small, complete and valid map as a file would spell it (every optional field present). */
export function sampleFile(): JourneyMapInput & Record<string, unknown> {
  return {
    format: "kundresa.journey-map",
    version: 1,
    title: "Broadband subscription",
    description: "From first ad to renewal",
    market: "b2c",
    coverage: {
      before: ["sales", "service", "communication"],
      during: ["sales", "service", "communication"],
      after: ["sales", "service", "communication"],
    },
    stages: [
      { id: "s1", phase: "before", title: "Awareness" },
      { id: "s2", phase: "during", title: "Order" },
      { id: "s3", phase: "after", title: "Use" },
    ],
    channels: [
      { id: "email", category: "communication", name: "E-mail" },
      { id: "e-commerce", category: "sales", name: "E-commerce" },
    ],
    touchpoints: [
      {
        id: "t1",
        title: "Welcome e-mail",
        stageId: "s1",
        channelIds: ["email"],
        itSupport: "integrated",
        emotion: 1,
        critical: false,
        owner: "Marketing",
        notes: "",
        painPoints: [],
        opportunities: ["Personalise"],
        capabilities: ["Campaign management"],
        position: { x: 0, y: 0 },
      },
      {
        id: "t2",
        title: "Orders online",
        stageId: "s2",
        channelIds: ["e-commerce", "email"],
        itSupport: "standalone",
        critical: true,
        owner: "Sales",
        notes: "Web shop",
        painPoints: ["Slow checkout"],
        opportunities: [],
        capabilities: ["Order management"],
        position: { x: 0, y: 112 },
      },
    ],
    connections: [{ id: "c1", from: "t1", to: "t2", label: "clicks" }],
  };
}
