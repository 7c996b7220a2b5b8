/** What the bench's processes say to each other over IPC: the orchestrator, the server child, the client worker. */

export type ServerKind = "ours" | "reference";

/** A room as the clients open it: `/sync/<name>` with `?token=`. The reference ignores the token. */
export interface RoomRef {
  name: string;
  token: string;
}

/** From a server child. */
export type ServerReport =
  | { type: "listening"; url: string }
  | { type: "memory"; rss: number; rssUncollected: number; heapUsed: number; external: number; arrayBuffers: number };

/**
 * To a server child: `measure` collects garbage first, so heap figures show what is really held; it
 * also reads RSS before collecting, which is what the machine sees of a server left to itself.
 */
export type ServerCommand = { type: "measure" } | { type: "stop" };

/** Latency figures in milliseconds, and how many deliveries were expected but never seen. */
export interface LatencySummary {
  samples: number;
  p50: number;
  p99: number;
  max: number;
  missing: number;
}

/** Deliveries between clients on the same instance, and between clients on different ones. */
export interface InstanceSplit {
  same: LatencySummary;
  cross: LatencySummary;
}

/** One client worker's share of a load run. */
export interface LoadRun {
  /** Every delivery's latency (ms): the bytes of a Float64Array, base64. */
  latencies: string;
  /** Deliveries the edits sent should have made. */
  expected: number;
  clients: number;
  editsSent: number;
  /** Edits the schedule asked for; fewer sent means the client process could not keep up. */
  editsPlanned: number;
  /** Client process CPU over the run, in seconds, and its event-loop delay p99 (ms). */
  clientCpuSeconds: number;
  clientLoopDelayP99: number;
  /** Rooms whose clients did not end with the same state vector. */
  divergedRooms: number;
  seconds: number;
}

/** A load run over all client workers. */
export type LoadSummary = LatencySummary & Omit<LoadRun, "latencies" | "expected">;

export interface VerifySummary {
  rooms: number;
  /** Edits whose final value a fresh client of the room does not see. */
  lostEdits: number;
  /** Rooms whose fresh client's state vector differs from what the editing clients ended with. */
  divergedRooms: number;
}

/** To the client worker; each carries an id its answer repeats. */
export type WorkerCommand =
  | {
      type: "latency";
      serverUrl: string;
      /**
       * Several instances of ours sharing one store: client i connects to `serverUrls[i % length]`
       * (`serverUrl` is then unused), and the answer splits deliveries by whether they crossed instances.
       */
      serverUrls?: string[];
      kind: ServerKind;
      room: RoomRef;
      clients: number;
      warmup: number;
      edits: number;
      intervalMs: number;
    }
  | { type: "open"; serverUrl: string; kind: ServerKind; rooms: RoomRef[]; clientsPerRoom: number; editing: boolean }
  | { type: "load"; editsPerSecond: number; seconds: number }
  | { type: "close-all" }
  | { type: "verify"; serverUrl: string; kind: ServerKind; rooms: RoomRef[] };

export type WorkerAnswer =
  | {
      type: "latency";
      summary: LatencySummary;
      /** Every delivery's latency (ms): the bytes of a Float64Array, base64 (for pooling over rounds). */
      latencies: string;
      split?: InstanceSplit;
    }
  | { type: "opened"; clients: number }
  | { type: "load"; run: LoadRun }
  | { type: "closed" }
  | { type: "verify"; summary: VerifySummary };

export interface WorkerRequest {
  id: number;
  command: WorkerCommand;
}

export type WorkerResponse = { id: number; answer: WorkerAnswer } | { id: number; error: string };
