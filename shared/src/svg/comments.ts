import type { CommentThread } from "../format/comment";
import type { RenderContext } from "./context";
import { el, text, wrap } from "./elements";
import { word } from "./labels";
import { NEUTRAL } from "./palette";
import { ellipsize, wrapText, type FontSpec } from "./text";

const PADDING = 20;
const TITLE_FONT: FontSpec = { size: 14, bold: true };
const CARD_FONT: FontSpec = { size: 12, bold: true };
const META_FONT: FontSpec = { size: 10.5, bold: true };
const BODY_FONT: FontSpec = { size: 11.5 };
const LINE = 15;
const MAX_LINES = 4;
const COLUMN_GAP = 24;
const MIN_COLUMN = 320;

/** `2026-11-30 09:15 UTC`: fixed, so the same map prints the same bytes wherever it is exported. */
function writtenAt(createdAt: string): string {
  const at = new Date(Date.parse(createdAt));
  if (Number.isNaN(at.getTime())) return "";
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())} UTC`;
}

interface Block {
  height: number;
  draw: (x: number, y: number) => string;
}

function threadBlock(thread: CommentThread, width: number, context: RenderContext): Block {
  const touchpoint = context.map.touchpoints.find((candidate) => candidate.id === thread.touchpointId);
  const cardTitle = touchpoint
    ? touchpoint.title.trim() || word("untitledTouchpoint", context.locale)
    : word("removedCard", context.locale);
  const heading = ellipsize(
    thread.resolved ? `${cardTitle} · ${word("resolved", context.locale)}` : cardTitle,
    width,
    CARD_FONT,
  );
  const messages = thread.messages.map((message) => ({
    meta: ellipsize(
      [message.author || "?", writtenAt(message.createdAt), message.editedAt && word("edited", context.locale)]
        .filter(Boolean)
        .join(" · "),
      width - 10,
      META_FONT,
    ),
    lines: wrapText(message.text, width - 10, BODY_FONT, MAX_LINES),
  }));
  const height = 18 + messages.reduce((sum, message) => sum + 16 + message.lines.length * LINE + 6, 0);
  return {
    height,
    draw: (x, y) => {
      const parts = [
        text({ x, y: y + 13, "font-size": CARD_FONT.size, "font-weight": 700, fill: NEUTRAL.ink }, heading),
      ];
      let cursor = y + 22;
      for (const message of messages) {
        parts.push(
          el("rect", { x, y: cursor, width: 2.5, height: 12 + message.lines.length * LINE, fill: NEUTRAL.rule }),
          text(
            { x: x + 10, y: cursor + 10, "font-size": META_FONT.size, "font-weight": 600, fill: NEUTRAL.muted },
            message.meta,
          ),
        );
        message.lines.forEach((line, index) => {
          parts.push(
            text({ x: x + 10, y: cursor + 25 + index * LINE, "font-size": BODY_FONT.size, fill: NEUTRAL.text }, line),
          );
        });
        cursor += 16 + message.lines.length * LINE + 6;
      }
      return wrap("g", { "data-comment-thread": thread.id }, parts.join(""));
    },
  };
}

/**
 * The map's comment threads as a section under the legend, when the export is asked to keep them:
 * by card in the map's order (the export's), open threads before resolved ones, in columns.
 */
export function renderComments(
  context: RenderContext,
  x: number,
  y: number,
  width: number,
): { svg: string; height: number } | undefined {
  const threads = context.map.comments;
  if (threads.length === 0) return undefined;
  const ordered = [...threads].sort((a, b) => Number(a.resolved) - Number(b.resolved));
  const columns = Math.max(1, Math.floor((width - 2 * PADDING + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP)));
  const columnWidth = (width - 2 * PADDING - (columns - 1) * COLUMN_GAP) / columns;
  const blocks = ordered.map((thread) => threadBlock(thread, columnWidth, context));
  // Row by row, each thread in the next column, so the reading order runs across then down.
  const parts: string[] = [];
  let rowTop = y + PADDING + 30;
  for (let start = 0; start < blocks.length; start += columns) {
    const row = blocks.slice(start, start + columns);
    row.forEach((block, index) => parts.push(block.draw(x + PADDING + index * (columnWidth + COLUMN_GAP), rowTop)));
    rowTop += Math.max(...row.map((block) => block.height)) + 16;
  }
  const height = rowTop - y + PADDING - 16;
  const panel = el("rect", { x, y, width, height, rx: 10, fill: NEUTRAL.surface, stroke: NEUTRAL.hairline });
  const title = text(
    { x: x + PADDING, y: y + PADDING + 12, "font-size": TITLE_FONT.size, "font-weight": 700, fill: NEUTRAL.ink },
    word("comments", context.locale),
  );
  return { svg: wrap("g", { "data-role": "comments" }, panel + title + parts.join("")), height };
}
