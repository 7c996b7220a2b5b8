import { TEMPLATES, addTouchpoint, writeJourney } from "@kundresa/shared";
import * as Y from "yjs";
import { connectClient, waitFor, type SyncClient } from "../../server/support/syncClient";
import type { RoomRef, ServerKind } from "./benchMessages";
import type { LatencySamples } from "./latencySamples";
import { noteTimeline } from "./timelineProbe";

/** Every bench room holds this template (about 21 KB as a Yjs update, 20 cards). */
export const TEMPLATE = TEMPLATES[0]!;

/** One stock provider in a bench room, and what it sent and saw. */
export interface BenchClient {
  sync: SyncClient;
  /** The client's own card; its timed edits set the card's notes to `<seq>@<performance.now()>`. */
  cardId: string;
  /** Edits sent so far (the last one's number) and the notes it wrote last. */
  sent: number;
  lastNotes: string;
  /** Which of the room's server URLs it connected to (always 0 with one server). */
  instance: number;
}

/** Where a room also records each delivery, by whether sender and receiver share an instance. */
export interface SplitSamples {
  same: LatencySamples;
  cross: LatencySamples;
}

function stageCount(doc: Y.Doc): number {
  return doc.getArray("stages").length;
}

/**
 * A room with `count` stock y-websocket clients, all in this process so that send and receive
 * times come from one clock. The reference starts rooms empty, so there the first client writes
 * the template (ours creates the map with it over HTTP); each editing client then adds its own card.
 */
export class BenchRoom {
  private constructor(
    readonly ref: RoomRef,
    readonly clients: BenchClient[],
  ) {}

  /** With several `serverUrl`s (instances sharing one store), the clients are dealt round robin. */
  static async open(
    serverUrl: string | readonly string[],
    kind: ServerKind,
    ref: RoomRef,
    count: number,
    editing: boolean,
    samples: LatencySamples,
    split?: SplitSamples,
  ): Promise<BenchRoom> {
    const urls = typeof serverUrl === "string" ? [serverUrl] : serverUrl;
    const connect = (index: number): BenchClient => {
      const instance = index % urls.length;
      const url = urls[instance];
      if (url === undefined) throw new Error("a bench room needs a server URL");
      return {
        sync: connectClient(url, ref.name, ref.token),
        cardId: `bench-${index}`,
        sent: 0,
        lastNotes: "",
        instance,
      };
    };
    const first = connect(0);
    const room = new BenchRoom(ref, [first]);
    try {
      await waitFor(() => first.sync.provider.synced, "the first client to sync", 60_000);
      if (kind === "reference" && stageCount(first.sync.doc) === 0) writeJourney(first.sync.doc, TEMPLATE.build());
      for (let index = 1; index < count; index++) room.clients.push(connect(index));
      await waitFor(
        () => room.clients.every(({ sync }) => sync.provider.synced && stageCount(sync.doc) > 0),
        "every client to sync the map",
        60_000,
      );
      if (editing) await room.addCards(samples, split);
    } catch (error) {
      room.destroy();
      throw error;
    }
    return room;
  }

  private async addCards(samples: LatencySamples, split: SplitSamples | undefined): Promise<void> {
    const stageId = TEMPLATE.build().stages[0]!.id;
    for (const [index, client] of this.clients.entries()) {
      addTouchpoint(client.sync.doc, {
        id: client.cardId,
        title: `Bench card ${index}`,
        stageId,
        channelIds: [],
        itSupport: "unknown",
        position: { x: 20 + index * 10, y: 20 },
      });
    }
    await waitFor(
      () =>
        this.clients.every(({ sync }) =>
          this.clients.every(({ cardId }) => sync.doc.getMap("touchpoints").has(cardId)),
        ),
      "every card at every client",
      60_000,
    );
    const instanceOfCard = new Map(this.clients.map(({ cardId, instance }) => [cardId, instance]));
    for (const client of this.clients) {
      const touchpoints = client.sync.doc.getMap<unknown>("touchpoints");
      touchpoints.observeDeep((events) => {
        const now = performance.now();
        for (const event of events) {
          // The sender's own edit fires here too; only edits that came over the wire count.
          if (event.transaction.local) continue;
          if (event.target === touchpoints || !(event instanceof Y.YMapEvent) || !event.keysChanged.has("notes"))
            continue;
          const notes = (event.target as Y.Map<unknown>).get("notes");
          if (typeof notes !== "string") continue;
          const latency = now - Number(notes.slice(notes.indexOf("@") + 1));
          noteTimeline("seen", notes);
          samples.record(latency);
          if (!split) continue;
          // The card's key names its sender, and so the instance the edit came in through.
          const sender = instanceOfCard.get(String(event.path[0]));
          (sender === client.instance ? split.same : split.cross).record(latency);
        }
      });
    }
  }

  /** One timed edit by `client`: its card's notes, stamped with the send time. */
  edit(client: BenchClient): void {
    const card = client.sync.doc.getMap<unknown>("touchpoints").get(client.cardId);
    if (!(card instanceof Y.Map)) throw new Error(`card ${client.cardId} is missing`);
    client.lastNotes = `${++client.sent}@${performance.now()}`;
    card.set("notes", client.lastNotes);
  }

  /** Whether every client holds the same state vector. */
  converged(): boolean {
    const [first, ...rest] = this.clients.map(({ sync }) => Buffer.from(Y.encodeStateVector(sync.doc)));
    return rest.every((vector) => first!.equals(vector));
  }

  /** What a fresh client must find: every card's last notes, and the state vector the room ended with. */
  finalState(): FinalRoomState {
    return {
      notes: new Map(this.clients.map(({ cardId, lastNotes }) => [cardId, lastNotes])),
      stateVector: Y.encodeStateVector(this.clients[0]!.sync.doc),
    };
  }

  destroy(): void {
    for (const { sync } of this.clients) sync.destroy();
  }
}

export interface FinalRoomState {
  notes: Map<string, string>;
  stateVector: Uint8Array;
}

/** Edits a fresh client of the room does not see: per card, how far its notes lag the last edit sent. */
export function lostEdits(doc: Y.Doc, expected: FinalRoomState): number {
  let lost = 0;
  const seqOf = (notes: unknown): number => (typeof notes === "string" ? Number(notes.split("@")[0]) || 0 : 0);
  for (const [cardId, notes] of expected.notes) {
    if (notes === "") continue;
    const card = doc.getMap<unknown>("touchpoints").get(cardId);
    const present = card instanceof Y.Map ? card.get("notes") : undefined;
    if (present !== notes) lost += Math.max(1, seqOf(notes) - seqOf(present));
  }
  return lost;
}
