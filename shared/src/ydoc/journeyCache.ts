import type * as Y from "yjs";
import { CURRENT_VERSION, FORMAT_ID, type JourneyMap } from "../format/journeyMap";
import type { DocCollection, InvalidEntry } from "../validation/report";
import { readMeta } from "./parseMeta";
import {
  CHANNEL_SPEC,
  COMMENT_SPEC,
  CONNECTION_SPEC,
  TOUCHPOINT_SPEC,
  parseEntry,
  type EntrySpec,
  type ParsedEntry,
  type ValidEntry,
} from "./parseEntry";
import { plainEqual } from "./plainValues";
import { applyLimits, type JourneyMeta } from "./sizeBudget";
import { readStages, type StagesRead } from "./readStages";
import { journeyRootsSafely, type KeyedCollection, type SafeRoots } from "./layout";

/** What reading a document gives: the valid map, and every entry left out of it (`doc.invalid-entry`). */
export interface JourneyReadResult {
  /** Always passes `importJourney`; touchpoints, channels, connections and comment threads sorted by id. */
  map: JourneyMap;
  /** Grouped by collection (meta, stages, channels, touchpoints, connections, comments), then by key (stages: by index). */
  invalidEntries: InvalidEntry[];
}

const COLLECTION_RANK: Record<DocCollection, number> = {
  meta: 0,
  stages: 1,
  channels: 2,
  touchpoints: 3,
  connections: 4,
  comments: 5,
};

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `next` itself, or `previous` when they hold the same elements: what keeps `===` for consumers. */
function shareArray<T>(previous: readonly T[] | undefined, next: T[]): T[] {
  if (previous === undefined || previous.length !== next.length) return next;
  for (let index = 0; index < next.length; index++) if (previous[index] !== next[index]) return next;
  return previous as T[];
}

/** The newly parsed entry, or the previous one when nothing it says has changed (identity for consumers). */
function shareEntry<T>(previous: ParsedEntry<T> | undefined, next: ParsedEntry<T>): ParsedEntry<T> {
  if (previous === undefined || previous.ok !== next.ok) return next;
  const same = previous.ok ? plainEqual(previous.value, (next as ValidEntry<T>).value) : plainEqual(previous, next);
  return same ? previous : next;
}

/** One keyed collection's parsed entries and which keys need parsing again. */
class KeyedEntries<T extends object> {
  private parses = new Map<string, ParsedEntry<T>>();
  private sortedKeys: string[] = [];
  private dirty: Set<string> | "all" = "all";
  valid: ValidEntry<T>[] = [];
  invalid: InvalidEntry[] = [];

  constructor(private readonly spec: EntrySpec<T>) {}

  get stale(): boolean {
    return this.dirty === "all" || this.dirty.size > 0;
  }

  markDirty(key: string): void {
    if (this.dirty !== "all") this.dirty.add(key);
  }

  markAllDirty(): void {
    this.dirty = "all";
  }

  /** Re-parses the dirty keys only; a key's entry keeps its identity while its content is unchanged. */
  refresh(root: Y.Map<unknown> | undefined): void {
    if (!this.stale) return;
    let keysChanged = false;
    if (this.dirty === "all") {
      const next = new Map<string, ParsedEntry<T>>();
      root?.forEach((stored, key) =>
        next.set(key, shareEntry(this.parses.get(key), parseEntry(this.spec, key, stored))),
      );
      this.parses = next;
      keysChanged = true;
    } else {
      for (const key of this.dirty) {
        const had = this.parses.has(key);
        if (root === undefined || !root.has(key)) {
          keysChanged ||= had;
          this.parses.delete(key);
          continue;
        }
        this.parses.set(key, shareEntry(this.parses.get(key), parseEntry(this.spec, key, root.get(key))));
        keysChanged ||= !had;
      }
    }
    this.dirty = new Set();
    // Sorted by key so that replicas with different insertion histories read the same map.
    if (keysChanged) this.sortedKeys = [...this.parses.keys()].sort(compareKeys);
    const valid: ValidEntry<T>[] = [];
    const invalid: InvalidEntry[] = [];
    for (const key of this.sortedKeys) {
      const parsed = this.parses.get(key);
      if (parsed === undefined) continue;
      if (parsed.ok) valid.push(parsed);
      else invalid.push(parsed.invalid);
    }
    this.valid = shareArray(this.valid, valid);
    this.invalid = shareArray(this.invalid, invalid);
  }
}

/**
 * The parse state behind `readJourney` and `createJourneyReader`: both run this same code, one from
 * scratch, one re-parsing only what its observers marked dirty, so they cannot disagree.
 */
export class JourneyCache {
  private readonly roots: SafeRoots;
  private metaStale = true;
  private stagesStale = true;
  private meta: { meta: JourneyMeta; invalid: InvalidEntry[] } | undefined;
  private stages: StagesRead | undefined;
  private readonly keyed: {
    channels: KeyedEntries<JourneyMap["channels"][number]>;
    touchpoints: KeyedEntries<JourneyMap["touchpoints"][number]>;
    connections: KeyedEntries<JourneyMap["connections"][number]>;
    comments: KeyedEntries<JourneyMap["comments"][number]>;
  };
  private result: JourneyReadResult | undefined;

  constructor(doc: Y.Doc) {
    this.roots = journeyRootsSafely(doc);
    this.keyed = {
      channels: new KeyedEntries(CHANNEL_SPEC),
      touchpoints: new KeyedEntries(TOUCHPOINT_SPEC),
      connections: new KeyedEntries(CONNECTION_SPEC),
      comments: new KeyedEntries(COMMENT_SPEC),
    };
  }

  get rootsOpened(): SafeRoots {
    return this.roots;
  }

  markMetaStale(): void {
    this.metaStale = true;
  }

  markStagesStale(): void {
    this.stagesStale = true;
  }

  markEntryDirty(collection: KeyedCollection, key: string): void {
    this.keyed[collection].markDirty(key);
  }

  markCollectionDirty(collection: KeyedCollection): void {
    this.keyed[collection].markAllDirty();
  }

  private get stale(): boolean {
    const { channels, touchpoints, connections, comments } = this.keyed;
    return (
      this.metaStale || this.stagesStale || channels.stale || touchpoints.stale || connections.stale || comments.stale
    );
  }

  /** The map as of the last call's marks; the previous result itself when nothing was marked. */
  read(): JourneyReadResult {
    if (this.result !== undefined && !this.stale) return this.result;
    const previous = this.result;

    if (this.metaStale || this.meta === undefined) {
      const read = readMeta(this.roots.meta);
      const coverage = previous?.map.coverage;
      // The coverage object keeps its identity while unchanged, like every entry.
      if (coverage !== undefined && plainEqual(coverage, read.meta.coverage)) read.meta.coverage = coverage;
      this.meta = read;
      this.metaStale = false;
    }
    if (this.stagesStale || this.stages === undefined) {
      this.stages = readStages(this.roots.stages, this.stages?.valid ?? []);
      this.stagesStale = false;
    }
    this.keyed.channels.refresh(this.roots.channels);
    this.keyed.touchpoints.refresh(this.roots.touchpoints);
    this.keyed.connections.refresh(this.roots.connections);
    this.keyed.comments.refresh(this.roots.comments);

    const limited = applyLimits({
      meta: this.meta.meta,
      stages: this.stages.valid,
      channels: this.keyed.channels.valid,
      touchpoints: this.keyed.touchpoints.valid,
      connections: this.keyed.connections.valid,
      comments: this.keyed.comments.valid,
    });
    const values = <T>(entries: readonly ValidEntry<T>[]): T[] => entries.map((entry) => entry.value);
    const { title, description, market, coverage } = this.meta.meta;
    const map: JourneyMap = {
      format: FORMAT_ID,
      version: CURRENT_VERSION,
      title,
      description,
      ...(market === undefined ? {} : { market }),
      coverage,
      stages: shareArray(previous?.map.stages, values(limited.stages)),
      channels: shareArray(previous?.map.channels, values(limited.channels)),
      touchpoints: shareArray(previous?.map.touchpoints, values(limited.touchpoints)),
      connections: shareArray(previous?.map.connections, values(limited.connections)),
      comments: shareArray(previous?.map.comments, values(limited.comments)),
    };
    const invalid = [
      ...this.roots.problems,
      ...this.meta.invalid,
      ...this.stages.invalid,
      ...this.keyed.channels.invalid,
      ...this.keyed.touchpoints.invalid,
      ...this.keyed.connections.invalid,
      ...this.keyed.comments.invalid,
      ...limited.excess,
    ];
    // Stable sort: a root problem or an excess entry joins its collection's group, the order within kept.
    invalid.sort((a, b) => COLLECTION_RANK[a.collection] - COLLECTION_RANK[b.collection]);
    this.result = { map, invalidEntries: shareArray(previous?.invalidEntries, invalid) };
    return this.result;
  }
}

/**
 * Reads the journey map a document holds. Never throws, whatever any client wrote: each entry is
 * parsed with the format's schema; an entry that fails is left out of the map (it stays in the
 * document) and listed in `invalidEntries` with every problem by its path. The map always passes
 * `importJourney`: duplicate stage ids keep the first, and entries past the format's limits are
 * reported too. Replicas holding the same content read deep-equal results whatever their history.
 */
export function readJourney(doc: Y.Doc): JourneyReadResult {
  return new JourneyCache(doc).read();
}
