import type { JourneyMapInput } from "../format/journeyMap";
import { channel, connection, stage, touchpoint } from "../testing/journeyFixtures";

/**
 * A small, complete and valid map as a file would spell it (every optional field present). The
 * envelope and coverage are written out rather than taken from the library's constants, so a change
 * to them shows here as a failing import.
 */
export function sampleFile(): JourneyMapInput & Record<string, unknown> {
  return {
    format: "kundresa.journey-map",
    version: 2,
    title: "Broadband subscription",
    description: "From first ad to renewal",
    market: "b2c",
    coverage: {
      before: ["sales", "service", "communication"],
      during: ["sales", "service", "communication"],
      after: ["sales", "service", "communication"],
    },
    stages: [stage("s1", "before", "Awareness"), stage("s2", "during", "Order"), stage("s3", "after", "Use")],
    channels: [channel("email", "communication", "E-mail"), channel("e-commerce", "sales", "E-commerce")],
    touchpoints: [
      touchpoint({
        id: "t1",
        title: "Welcome e-mail",
        stageId: "s1",
        channelIds: ["email"],
        itSupport: "integrated",
        emotion: 1,
        owner: "Marketing",
        opportunities: ["Personalise"],
        capabilities: ["Campaign management"],
      }),
      touchpoint({
        id: "t2",
        title: "Orders online",
        stageId: "s2",
        channelIds: ["e-commerce", "email"],
        itSupport: "standalone",
        critical: true,
        owner: "Sales",
        notes: "Web shop",
        painPoints: ["Slow checkout"],
        capabilities: ["Order management"],
        votes: { touchpoint: 3, painPoints: { "Slow checkout": 2 } },
        position: { x: 0, y: 112 },
      }),
    ],
    connections: [connection("c1", "t1", "t2", "clicks")],
    comments: [
      {
        id: "k1",
        touchpointId: "t2",
        resolved: false,
        messages: [
          { id: "m1", author: "Anna", createdAt: "2026-11-30T09:15:00.000Z", text: "Why is checkout slow?" },
          { id: "m2", author: "Björn", createdAt: "2026-11-30T09:16:30.000Z", text: 'Payment step, "3-D Secure".' },
        ],
      },
    ],
  };
}
