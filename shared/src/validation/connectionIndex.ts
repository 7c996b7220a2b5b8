import type { Connection } from "../format/connection";
import { danglingIssue } from "./mapRules";
import type { ValidationIssue } from "./report";

interface ConnectionEntry {
  readonly connection: Connection;
  /** Its `ref.dangling-connection` issue against the touchpoints as they are now, if it dangles. */
  dangling: ValidationIssue | undefined;
  seen: number;
}

/**
 * The incremental validator's view of the connections: how often each id is a connection end (the
 * orphan rule), which connections name each id (so a touchpoint appearing or going away rechecks only
 * those), and each connection's dangling issue. Entries are cached by object identity, like
 * touchpoints, and a connection object is never changed in place.
 */
export class ConnectionIndex {
  private entries: ConnectionEntry[] = [];
  private readonly byObject = new Map<Connection, ConnectionEntry>();
  private readonly endpointCount = new Map<string, number>();
  private readonly byEndpoint = new Map<string, Set<ConnectionEntry>>();
  private generation = 0;
  /** `ref.dangling-connection` issues in connection order; undefined when one may have changed. */
  private danglingList: ValidationIssue[] | undefined = [];

  /** Whether some connection starts or ends at this id. */
  isConnected(id: string): boolean {
    return this.endpointCount.has(id);
  }

  /** O(m) identity checks plus work for connections that are new objects. */
  update(connections: readonly Connection[], hasTouchpoint: (id: string) => boolean): void {
    const generation = ++this.generation;
    const next: ConnectionEntry[] = [];
    for (const connection of connections) {
      let entry = this.byObject.get(connection);
      if (entry !== undefined && entry.seen !== generation) {
        entry.seen = generation;
      } else {
        entry = { connection, dangling: danglingIssue(connection, hasTouchpoint), seen: generation };
        if (!this.byObject.has(connection)) this.byObject.set(connection, entry);
        this.link(entry, 1);
      }
      next.push(entry);
    }
    for (const entry of this.entries) {
      if (entry.seen === generation) continue;
      this.link(entry, -1);
      if (this.byObject.get(entry.connection) === entry) this.byObject.delete(entry.connection);
    }
    this.entries = next;
    this.danglingList = undefined;
  }

  /** Rechecks the connections ending at ids that started or stopped naming a touchpoint. */
  touchpointsChanged(ids: Iterable<string>, hasTouchpoint: (id: string) => boolean): void {
    for (const id of ids) {
      for (const entry of this.byEndpoint.get(id) ?? []) {
        const issue = danglingIssue(entry.connection, hasTouchpoint);
        if (issue?.message !== entry.dangling?.message) {
          entry.dangling = issue;
          this.danglingList = undefined;
        }
      }
    }
  }

  danglingIssues(): readonly ValidationIssue[] {
    if (this.danglingList === undefined) {
      this.danglingList = [];
      for (const entry of this.entries) if (entry.dangling) this.danglingList.push(entry.dangling);
    }
    return this.danglingList;
  }

  private link(entry: ConnectionEntry, delta: 1 | -1): void {
    const { from, to } = entry.connection;
    for (const id of [from, to]) {
      const count = (this.endpointCount.get(id) ?? 0) + delta;
      if (count === 0) this.endpointCount.delete(id);
      else this.endpointCount.set(id, count);
    }
    for (const id of from === to ? [from] : [from, to]) {
      let set = this.byEndpoint.get(id);
      if (delta === 1) {
        if (set === undefined) this.byEndpoint.set(id, (set = new Set()));
        set.add(entry);
      } else if (set !== undefined) {
        set.delete(entry);
        if (set.size === 0) this.byEndpoint.delete(id);
      }
    }
  }
}
