import { CATEGORY_LABELS, channelDisplayName } from "../catalogue/channels";
import { itSupportLevel } from "../catalogue/itSupport";
import type { Locale, Localized } from "../catalogue/locale";
import { PHASE_LABELS } from "../catalogue/phases";
import type { Channel } from "../format/channel";
import type { Category } from "../format/enums";
import type { JourneyMap } from "../format/journeyMap";
import type { Stage } from "../format/stage";
import type { Touchpoint } from "../format/touchpoint";
import { layoutJourney } from "../layout/layoutJourney";
import { csvDocument, type CsvCell } from "./csvText";

/**
 * The list separator each language's spreadsheets expect: Swedish Excel and LibreOffice use `;`
 * because `,` is the decimal comma there, and would put a `,`-separated file into one column.
 */
export const CSV_SEPARATORS: Readonly<Record<Locale, string>> = { en: ",", sv: ";" };

const YES: Localized = { en: "Yes", sv: "Ja" };
const NO: Localized = { en: "No", sv: "Nej" };

/** What a column reads from: the touchpoint and the map entries it refers to. */
interface RowSource {
  touchpoint: Touchpoint;
  /** Undefined when `stageId` names no stage (a validation error the export still shows). */
  stage: Stage | undefined;
  channelById: ReadonlyMap<string, Channel>;
  locale: Locale;
}

interface Column {
  header: Localized;
  cell: (row: RowSource) => CsvCell;
}

/**
 * A list in one cell, one item per line: items are free text and catalogue names themselves hold
 * commas ("Phone, personal") and may hold semicolons, so no punctuation could tell where an item ends;
 * a line break can, and spreadsheets show it inside the quoted cell as lines. A line break inside an
 * item becomes a space so that one line stays one item.
 */
function listCell(items: readonly string[]): string {
  return items.map((item) => item.replace(/\r\n?|\n/g, " ")).join("\n");
}

/** An item with its kept dot votes, `Long queue (3)`; without them when it got none. */
function withVotes(items: readonly string[], votes: Readonly<Record<string, number>> | undefined): string[] {
  return items.map((item) => {
    // Own keys only: an item called "constructor" must not find Object.prototype's.
    const count = votes && Object.hasOwn(votes, item) ? votes[item] : undefined;
    return count !== undefined && count > 0 ? `${item} (${count})` : item;
  });
}

function channelNames({ touchpoint, channelById, locale }: RowSource): string[] {
  return touchpoint.channelIds.map((id) => {
    const channel = channelById.get(id);
    // A channel since removed from the catalogue still shows, by the id the touchpoint keeps.
    return channel ? channelDisplayName(channel, locale) : id;
  });
}

/** The distinct categories of the touchpoint's known channels, the card's lane first: what the coverage matrix counts. */
function categoryNames({ touchpoint, channelById, locale }: RowSource): string[] {
  const categories = new Set<Category>();
  for (const id of touchpoint.channelIds) {
    const channel = channelById.get(id);
    if (channel) categories.add(channel.category);
  }
  return [...categories].map((category) => CATEGORY_LABELS[category][locale]);
}

const COLUMNS: readonly Column[] = [
  // An unknown stage shows the id the touchpoint names, as the inspector does, so it can be fixed.
  { header: { en: "Stage", sv: "Steg" }, cell: ({ touchpoint, stage }) => (stage ? stage.title : touchpoint.stageId) },
  { header: { en: "Phase", sv: "Fas" }, cell: ({ stage, locale }) => (stage ? PHASE_LABELS[stage.phase][locale] : "") },
  { header: { en: "Touchpoint", sv: "Kontaktpunkt" }, cell: ({ touchpoint }) => touchpoint.title },
  { header: { en: "Channels", sv: "Kanaler" }, cell: (row) => listCell(channelNames(row)) },
  { header: { en: "Categories", sv: "Kategorier" }, cell: (row) => listCell(categoryNames(row)) },
  {
    header: { en: "IT support", sv: "IT-stöd" },
    cell: ({ touchpoint, locale }) => itSupportLevel(touchpoint.itSupport).label[locale],
  },
  // A number, so the spreadsheet can average and chart it; empty when the team has not rated it.
  { header: { en: "Customer emotion", sv: "Kundens känsla" }, cell: ({ touchpoint }) => touchpoint.emotion ?? "" },
  {
    header: { en: "Critical", sv: "Kritisk" },
    cell: ({ touchpoint, locale }) => (touchpoint.critical ? YES : NO)[locale],
  },
  { header: { en: "Owner", sv: "Ansvarig" }, cell: ({ touchpoint }) => touchpoint.owner },
  { header: { en: "Votes", sv: "Röster" }, cell: ({ touchpoint }) => touchpoint.votes?.touchpoint ?? 0 },
  {
    header: { en: "Pain points", sv: "Smärtpunkter" },
    cell: ({ touchpoint }) => listCell(withVotes(touchpoint.painPoints, touchpoint.votes?.painPoints)),
  },
  {
    header: { en: "Opportunities", sv: "Möjligheter" },
    cell: ({ touchpoint }) => listCell(withVotes(touchpoint.opportunities, touchpoint.votes?.opportunities)),
  },
  {
    header: { en: "CRM capabilities", sv: "CRM-funktioner" },
    cell: ({ touchpoint }) => listCell(touchpoint.capabilities),
  },
  { header: { en: "Notes", sv: "Anteckningar" }, cell: ({ touchpoint }) => touchpoint.notes },
  // Last, out of the way of reading, but there to trace a row back to its card.
  { header: { en: "Id", sv: "Id" }, cell: ({ touchpoint }) => touchpoint.id },
];

/**
 * The touchpoints in the order a reader of the map meets them: stage columns left to right (grouped
 * under their phases, as the canvas draws them; touchpoints in an unknown stage last), then each
 * card top to bottom, left to right. A card's `position` is relative to its lane's cell, so the
 * layout's absolute rectangles are compared: a sales card below a marketing card comes after it.
 */
function journeyOrder(map: JourneyMap): Touchpoint[] {
  const cards = layoutJourney(map).cards;
  const order = map.touchpoints.map((_touchpoint, index) => index);
  order.sort((a, b) => {
    const cardA = cards[a];
    const cardB = cards[b];
    if (!cardA || !cardB) return a - b;
    return cardA.columnIndex - cardB.columnIndex || cardA.rect.y - cardB.rect.y || cardA.rect.x - cardB.rect.x || a - b;
  });
  return order.flatMap((index) => map.touchpoints[index] ?? []);
}

/**
 * The map's touchpoints as a CSV file, one row each, for workshop follow-up in a spreadsheet: headers
 * and names in `locale`, the separator its spreadsheets expect (`CSV_SEPARATORS`), UTF-8 with a BOM,
 * CRLF, RFC 4180 quoting and text that cannot run as a formula (`csvText.ts`).
 */
export function touchpointsCsv(map: JourneyMap, locale: Locale): string {
  const stageById = new Map<string, Stage>();
  // Import refuses duplicate ids; if one slips through (a live document), the first wins, as on the canvas.
  for (const stage of map.stages) if (!stageById.has(stage.id)) stageById.set(stage.id, stage);
  const channelById = new Map<string, Channel>();
  for (const channel of map.channels) if (!channelById.has(channel.id)) channelById.set(channel.id, channel);

  const header = COLUMNS.map((column) => column.header[locale]);
  const rows = journeyOrder(map).map((touchpoint) => {
    const source: RowSource = { touchpoint, stage: stageById.get(touchpoint.stageId), channelById, locale };
    return COLUMNS.map((column) => column.cell(source));
  });
  return csvDocument([header, ...rows], CSV_SEPARATORS[locale]);
}
