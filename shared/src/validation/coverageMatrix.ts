import type { Category, Phase } from "../format/enums";
import type { JourneyMap } from "../format/journeyMap";
import type { CoverageMatrix } from "./report";

export function emptyCoverage(): CoverageMatrix {
  const row = (): Record<Category, number> => ({ marketing: 0, sales: 0, service: 0, communication: 0 });
  return { before: row(), during: row(), after: row() };
}

/**
 * Phase × category counts (contract §5): a touchpoint counts once for each distinct category of its
 * known channels, in the phase of its stage; one in an unknown stage counts nowhere.
 */
export function coverageMatrix(map: Pick<JourneyMap, "stages" | "channels" | "touchpoints">): CoverageMatrix {
  const phaseOfStage = new Map<string, Phase>(map.stages.map((stage) => [stage.id, stage.phase]));
  const categoryOfChannel = new Map<string, Category>(map.channels.map((channel) => [channel.id, channel.category]));
  const matrix = emptyCoverage();
  for (const touchpoint of map.touchpoints) {
    const phase = phaseOfStage.get(touchpoint.stageId);
    if (phase === undefined) continue;
    const seen = new Set<Category>();
    for (const channelId of touchpoint.channelIds) {
      const category = categoryOfChannel.get(channelId);
      if (category !== undefined && !seen.has(category)) {
        seen.add(category);
        matrix[phase][category] += 1;
      }
    }
  }
  return matrix;
}
