import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/**
 * The y-websocket wire format (y-protocols 1.x): a varUint message type, then its payload. Sync
 * messages carry a varUint sub-type and a varUint8Array; awareness messages one varUint8Array that
 * holds `count, (clientId, clock, JSON state)*`.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text, checked to parse; `"null"` means the client left. */
  json: string;
}

export type ClientMessage =
  | { kind: "sync-step-1"; stateVector: Uint8Array }
  | { kind: "sync-step-2" | "update"; update: Uint8Array }
  | { kind: "awareness"; entries: AwarenessEntry[] }
  | { kind: "query-awareness" }
  | { kind: "auth" };

/** A frame that is not a well-formed message; `code` is the WebSocket close code to answer with. */
export class MalformedMessageError extends Error {
  constructor(
    message: string,
    readonly code: 1002 | 1007,
  ) {
    super(message);
  }
}

/**
 * Reads fields with bounds checks. lib0's decoder trusts lengths and builds views past the end of
 * its array when the underlying buffer is larger; here a length that overruns the frame is an error.
 */
class FrameReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (let shift = 0; shift < 53; shift += 7) {
      const byte = this.bytes[this.pos++];
      if (byte === undefined) throw new MalformedMessageError("the message ends early", 1007);
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
    }
    throw new MalformedMessageError("a number in the message is out of range", 1007);
  }

  varBytes(): Uint8Array {
    const length = this.varUint();
    if (length > this.bytes.length - this.pos) throw new MalformedMessageError("the message ends early", 1007);
    // A copy: what we keep must not pin, or alias, the frame's buffer.
    const bytes = this.bytes.slice(this.pos, this.pos + length);
    this.pos += length;
    return bytes;
  }

  varString(): string {
    return new TextDecoder("utf-8", { fatal: true }).decode(this.varBytes());
  }

  end(): void {
    if (this.pos !== this.bytes.length) throw new MalformedMessageError("the message has trailing bytes", 1007);
  }
}

function decodeAwareness(payload: Uint8Array): AwarenessEntry[] {
  const reader = new FrameReader(payload);
  const count = reader.varUint();
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < count; index++) {
    const clientId = reader.varUint();
    const clock = reader.varUint();
    const json = reader.varString();
    JSON.parse(json);
    entries.push({ clientId, clock, json });
  }
  reader.end();
  return entries;
}

/**
 * Decodes one client frame completely, so that what is dropped or applied is known from the
 * message itself, never from a peek at its first bytes. Yjs payloads are checked to decode too,
 * also from view connections (whose updates are then dropped): garbage closes any connection.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const reader = new FrameReader(frame);
  try {
    const type = reader.varUint();
    let message: ClientMessage;
    if (type === MESSAGE_SYNC) {
      const step = reader.varUint();
      const payload = reader.varBytes();
      if (step === SYNC_STEP_1) {
        Y.decodeStateVector(payload);
        message = { kind: "sync-step-1", stateVector: payload };
      } else if (step === SYNC_STEP_2 || step === SYNC_UPDATE) {
        Y.decodeUpdate(payload);
        message = { kind: step === SYNC_STEP_2 ? "sync-step-2" : "update", update: payload };
      } else {
        throw new MalformedMessageError(`unknown sync message type ${step}`, 1002);
      }
    } else if (type === MESSAGE_AWARENESS) {
      message = { kind: "awareness", entries: decodeAwareness(reader.varBytes()) };
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      message = { kind: "query-awareness" };
    } else if (type === MESSAGE_AUTH) {
      // Permission messages go from server to client only; a client's is read and ignored.
      reader.varUint();
      reader.varString();
      message = { kind: "auth" };
    } else {
      throw new MalformedMessageError(`unknown message type ${type}`, 1002);
    }
    reader.end();
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    // Yjs, JSON.parse and TextDecoder failures: the payload is not what its type says.
    throw new MalformedMessageError(
      `malformed message: ${error instanceof Error ? error.message : String(error)}`,
      1007,
    );
  }
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** Re-encodes entries as an awareness update payload, for `applyAwarenessUpdate`. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}
