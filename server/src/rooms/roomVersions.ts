import { createHash } from "node:crypto";
import { exportJourney, readJourney } from "@kundresa/shared";
import type * as Y from "yjs";
import { errorMessage, type Logger } from "../log";
import type { JourneyStorage, VersionKind, VersionRecord } from "../storage/journeyStorage";
import { versionsToDrop, type RetentionPolicy } from "./versionRetention";

export interface VersionOptions {
  /** An automatic version this long after the first change since the last version. */
  autoSnapshotMs: number;
  retention: RetentionPolicy;
}

/** Runs a task on the room's document inside its queue (so no update lands halfway through a snapshot). */
export type QueueOnDoc = (task: (doc: Y.Doc) => Promise<void>) => void;

/**
 * One room's version history: automatic versions while the map is edited and when the room
 * unloads, named ones on request, retention after every save. Everything that reads the document
 * runs in the room's queue; this class keeps only what it needs to skip a version of a map that has
 * not changed (the last version's hash, and whether anything happened since).
 */
export class RoomVersions {
  /** SHA-256 of the newest version's content; `undefined` until read from storage (lazily). */
  private lastHash: string | undefined;
  private hashKnown = false;
  private changed = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly mapId: string,
    private readonly storage: JourneyStorage,
    private readonly options: VersionOptions,
    private readonly logger: Logger,
    private readonly queueOnDoc: QueueOnDoc,
  ) {}

  /**
   * The document changed. The first change after a version starts the clock: an automatic version
   * follows `autoSnapshotMs` later, so a map edited all day gets one every interval and an idle
   * one none at all.
   */
  noteChange(): void {
    this.changed = true;
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.queueOnDoc((doc) => this.takeAutomatic(doc, "activity"));
    }, this.options.autoSnapshotMs);
    // A pending snapshot must not keep a stopping process alive; unload takes one anyway.
    this.timer.unref();
  }

  /** An automatic version, if the map changed since the last version (of either kind). Never throws. */
  async takeAutomatic(doc: Y.Doc, reason: "activity" | "unload"): Promise<void> {
    if (!this.changed) return;
    try {
      await this.save(doc, "auto", "", undefined, reason);
    } catch (error) {
      this.logger("versions.snapshot-failed", { mapId: this.mapId, reason, message: errorMessage(error) });
    }
  }

  /** A named version of the map as it is now, saved even when an earlier version has the same content. */
  saveNamed(doc: Y.Doc, name: string, author: string | undefined): Promise<VersionRecord> {
    return this.save(doc, "named", name, author, "named").then((record) => {
      if (!record) throw new Error("the version was not saved");
      return record;
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async save(
    doc: Y.Doc,
    kind: VersionKind,
    name: string,
    author: string | undefined,
    reason: string,
  ): Promise<VersionRecord | undefined> {
    const { map } = readJourney(doc);
    const content = exportJourney(map);
    const contentHash = createHash("sha256").update(content).digest("hex");
    if (!this.hashKnown) {
      this.lastHash = (await this.storage.listVersions(this.mapId))[0]?.contentHash;
      this.hashKnown = true;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    if (kind === "auto" && contentHash === this.lastHash) {
      this.changed = false;
      return undefined;
    }
    const record = await this.storage.saveVersion({
      mapId: this.mapId,
      kind,
      name,
      ...(author ? { author } : {}),
      createdAt: Date.now(),
      content,
      contentHash,
      touchpoints: map.touchpoints.length,
    });
    // Only once stored: after a failed save, the unload (or the next edit's interval) tries again.
    this.changed = false;
    this.lastHash = contentHash;
    this.logger("versions.saved", { mapId: this.mapId, versionId: record.id, kind, reason, bytes: content.length });
    await this.applyRetention(record.createdAt);
    return record;
  }

  /** Best effort: a failed prune leaves a version too many, which the next save prunes again. */
  private async applyRetention(now: number): Promise<void> {
    try {
      const doomed = versionsToDrop(await this.storage.listVersions(this.mapId), now, this.options.retention);
      if (doomed.length === 0) return;
      const deleted = await this.storage.deleteVersions(this.mapId, doomed);
      this.logger("versions.pruned", { mapId: this.mapId, deleted });
    } catch (error) {
      this.logger("versions.prune-failed", { mapId: this.mapId, message: errorMessage(error) });
    }
  }
}
