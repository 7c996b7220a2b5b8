// `pnpm bench`: the model's hot paths on generated maps, medians of repeated runs, each against its goal.
import * as Y from "yjs";
import { createJourneyValidator, exportJourney, importJourney, renderJourneySvg, validateJourney } from "../src/index";
import { createJourneyReader, updateTouchpoint, writeJourney } from "../src/ydoc/index";
import type { JourneyMap } from "../src/format/journeyMap";
import { generateJourney } from "./generateJourney";
import { formatMs, median, medianMs, table } from "./measure";

const SIZES = [100, 1_000, 2_000, 5_000] as const;
const GOALS = {
  fullValidation5000: 50,
  incremental2000: 1,
  svg1000: 200,
} as const;

function runsFor(size: number): number {
  return size >= 5_000 ? 11 : size >= 1_000 ? 21 : 51;
}

/** Median time of revalidating after one touchpoint edit, as the editor does on every keystroke. */
function incrementalMs(map: JourneyMap, edits: number): number {
  const validator = createJourneyValidator();
  let current = map;
  validator.validate(current);
  const times: number[] = [];
  for (let edit = 0; edit < edits; edit++) {
    const index = (edit * 7919) % current.touchpoints.length;
    const touchpoints = current.touchpoints.slice();
    const before = touchpoints[index];
    if (!before) throw new Error(`no touchpoint at ${index}`);
    touchpoints[index] = {
      ...before,
      title: `${before.title}!`,
      itSupport: before.itSupport === "integrated" ? "unknown" : "integrated",
    };
    current = { ...current, touchpoints };
    const start = performance.now();
    validator.validate(current);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median time for the editor's cached reader to reflect one remote field edit. */
function readerMs(map: JourneyMap, edits: number): number {
  const doc = new Y.Doc();
  writeJourney(doc, map);
  const reader = createJourneyReader(doc);
  reader.read();
  const times: number[] = [];
  for (let edit = 0; edit < edits; edit++) {
    const id = map.touchpoints[(edit * 7919) % map.touchpoints.length]?.id ?? "";
    updateTouchpoint(doc, id, { title: `edit ${edit}` });
    const start = performance.now();
    reader.read();
    times.push(performance.now() - start);
  }
  reader.destroy();
  doc.destroy();
  return median(times);
}

const rows: string[][] = [];
const figures = new Map<string, number>();
for (const size of SIZES) {
  const map = generateJourney(size);
  const text = exportJourney(map);
  const runs = runsFor(size);
  const full = medianMs(() => validateJourney(map), runs);
  const incremental = incrementalMs(map, 101);
  const svg = medianMs(() => renderJourneySvg(map), runs);
  const io = medianMs(() => {
    const result = importJourney(text);
    if (!result.ok) throw new Error("generated map failed import");
    return exportJourney(result.map);
  }, runs);
  const read = readerMs(map, 51);
  figures.set(`full-${size}`, full).set(`incremental-${size}`, incremental).set(`svg-${size}`, svg);
  rows.push([
    `${size.toLocaleString("en")} touchpoints`,
    formatMs(full),
    formatMs(incremental),
    `${(full / incremental).toFixed(0)}×`,
    formatMs(read),
    formatMs(svg),
    formatMs(io),
  ]);
}

console.log(`Kundresa model bench · Node ${process.version} · medians\n`);
console.log(
  table(
    [
      "map",
      "full validation",
      "one-edit revalidation",
      "full ÷ incremental",
      "Y.Doc read after edit",
      "SVG render",
      "import + export",
    ],
    rows,
  ),
);

function goalLine(name: string, key: string, goal: number): string {
  const figure = figures.get(key) ?? Number.NaN;
  const ratio = figure / goal;
  return `${ratio <= 1 ? "ok  " : "MISS"} ${name.padEnd(42)} ${formatMs(figure).padStart(9)}  goal < ${formatMs(goal)}  (${ratio.toFixed(3)} of goal)`;
}
console.log("\nGoals");
console.log(goalLine("full validation, 5,000 touchpoints", "full-5000", GOALS.fullValidation5000));
console.log(goalLine("one-edit revalidation, 2,000 touchpoints", "incremental-2000", GOALS.incremental2000));
console.log(goalLine("SVG render, 1,000 touchpoints", "svg-1000", GOALS.svg1000));
