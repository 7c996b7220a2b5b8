import type { Rect } from "../layout/layoutTypes";

/** Side of a grid cell: about half a card, so a label touches a handful of cells. */
const CELL = 128;
/**
 * Most rects a cell holds. Past it, a query there reports the cell as covered without reading it:
 * a pile of hundreds of labels in one spot is unreadable anyway, and the search must stay linear.
 */
const CELL_CAPACITY = 48;

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Rectangles in a uniform grid, for "how much of this box is covered?" in time independent of how
 * many rectangles the map holds. Used to keep connection labels off cards and off each other.
 */
export class SpatialIndex {
  private readonly cells = new Map<string, number[]>();
  private readonly rects: Rect[] = [];
  private readonly seen: number[] = [];
  private query = 0;

  private keys(rect: Rect): string[] {
    const keys: string[] = [];
    const x0 = Math.floor(rect.x / CELL);
    const x1 = Math.floor((rect.x + rect.width) / CELL);
    const y0 = Math.floor(rect.y / CELL);
    const y1 = Math.floor((rect.y + rect.height) / CELL);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
    return keys;
  }

  add(rect: Rect): void {
    const id = this.rects.length;
    this.rects.push(rect);
    this.seen.push(-1);
    for (const key of this.keys(rect)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [id]);
      else cell.push(id);
    }
  }

  /** Total area of `box` the indexed rects cover (overlaps counted once per rect); full cells count as all of it. */
  coveredArea(box: Rect): number {
    this.query++;
    let area = 0;
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell === undefined) continue;
      if (cell.length > CELL_CAPACITY) return box.width * box.height * cell.length;
      for (const id of cell) {
        if (this.seen[id] === this.query) continue;
        this.seen[id] = this.query;
        area += overlapArea(box, this.rects[id] as Rect);
      }
    }
    return area;
  }
}
