import type { RawData, WebSocket } from "ws";
import type { Role } from "../auth/tokens";
import { errorMessage, type Logger } from "../log";
import type { Room } from "../rooms/room";
import type { RoomPeer } from "../rooms/roomPeer";
import { CLOSE } from "./closeCodes";
import { MESSAGE_AWARENESS, MalformedMessageError, decodeClientMessage } from "./protocol";
import { TokenBucket } from "./tokenBucket";
import type { TurnWrites } from "./turnWrites";

export interface BucketLimit {
  capacity: number;
  perSecond: number;
}

export interface SyncLimits {
  /** Largest frame accepted; ws closes bigger ones with 1009. */
  maxPayloadBytes: number;
  /** Sync and update messages. */
  documentMessages: BucketLimit;
  /** Awareness and awareness queries (a drag broadcasts some 30 a second). */
  awarenessMessages: BucketLimit;
  /** Bytes of all frames together. */
  bytes: BucketLimit;
  /** A connection this far behind reading what we send is closed (1013) and resyncs on reconnect. */
  maxBufferedBytes: number;
  /** Ping this often; a connection that has not answered the previous ping is dropped. */
  pingIntervalMs: number;
}

let lastConnectionId = 0;

/** Close reasons are limited to 123 bytes by RFC 6455; ours are short ASCII, cut to be sure. */
function closeReason(reason: string): string {
  return Buffer.byteLength(reason) <= 123 ? reason : `${reason.slice(0, 110)}…`;
}

/**
 * One client's WebSocket in a room: decodes each frame completely, enforces the per-connection
 * limits, and hands well-formed messages to the room. A frame that breaks a rule closes this
 * connection only; the room and its other connections go on.
 */
export class SyncConnection implements RoomPeer {
  readonly id = ++lastConnectionId;
  private closing = false;
  private answeredPing = true;
  private readonly pingTimer: NodeJS.Timeout;
  private readonly documentBucket: TokenBucket;
  private readonly awarenessBucket: TokenBucket;
  private readonly byteBucket: TokenBucket;
  /**
   * Awareness messages this connection may send without drawing on its bucket: one for each
   * awareness message of someone else's presence sent to it, capped at the bucket's size. The stock provider echoes every
   * presence update it receives (y-websocket's awareness handler ignores the origin), so in a busy
   * room the echoes alone would exceed any per-person limit and get every stock client dropped.
   */
  private echoAllowance = 0;

  constructor(
    private readonly ws: WebSocket,
    private readonly room: Room,
    readonly role: Role,
    readonly tokenHash: Uint8Array,
    private readonly limits: SyncLimits,
    private readonly logger: Logger,
    /** The upgraded socket's writes, gathered per turn of the event loop. */
    private readonly writes: TurnWrites,
  ) {
    this.documentBucket = new TokenBucket(limits.documentMessages.capacity, limits.documentMessages.perSecond);
    this.awarenessBucket = new TokenBucket(limits.awarenessMessages.capacity, limits.awarenessMessages.perSecond);
    this.byteBucket = new TokenBucket(limits.bytes.capacity, limits.bytes.perSecond);
    // ArrayBuffers of exactly the frame's length: a bad length inside a frame cannot reach
    // into a neighbouring frame's bytes in a shared Buffer pool.
    ws.binaryType = "arraybuffer";
    ws.on("message", (data, isBinary) => this.receive(data, isBinary));
    ws.on("close", (code, reason) => this.closed(code, reason.toString()));
    ws.on("error", (error) => this.logger("conn.error", { mapId: room.mapId, conn: this.id, message: error.message }));
    ws.on("pong", () => (this.answeredPing = true));
    this.pingTimer = setInterval(() => this.ping(), limits.pingIntervalMs);
    this.logger("conn.open", { mapId: room.mapId, conn: this.id, role });
    room.attach(this);
  }

  get isOpen(): boolean {
    return !this.closing && this.ws.readyState === this.ws.OPEN;
  }

  send(message: Uint8Array, ownPresence = false): void {
    if (!this.isOpen) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CLOSE.tryAgainLater, "too far behind; reconnect to resync");
      return;
    }
    if (message[0] === MESSAGE_AWARENESS && !ownPresence) {
      this.echoAllowance = Math.min(this.echoAllowance + 1, this.limits.awarenessMessages.capacity);
    }
    this.writes.beforeWrite();
    this.ws.send(message, (error) => {
      if (error) this.logger("conn.send-failed", { mapId: this.room.mapId, conn: this.id, message: error.message });
    });
  }

  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    try {
      this.ws.close(code, closeReason(reason));
    } catch (error) {
      // Only a socket that is not open yet or already gone throws; nothing is left to tell it.
      this.logger("conn.close-failed", { mapId: this.room.mapId, conn: this.id, message: errorMessage(error) });
      this.ws.terminate();
    }
  }

  /** Drops the connection for breaking a rule, saying which. */
  private refuse(code: number, reason: string): void {
    this.logger("conn.refused", { mapId: this.room.mapId, conn: this.id, code, reason });
    this.close(code, reason);
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closing) return;
    if (!isBinary) {
      this.refuse(CLOSE.malformed, "text frames are not part of the sync protocol");
      return;
    }
    const frame = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(Buffer.concat([data].flat()));
    if (!this.byteBucket.take(frame.byteLength)) {
      this.refuse(CLOSE.rateLimited, "rate limit: too many bytes per second");
      return;
    }
    let message;
    try {
      message = decodeClientMessage(frame);
    } catch (error) {
      if (error instanceof MalformedMessageError) this.refuse(error.code, error.message);
      else this.refuse(CLOSE.malformed, "malformed message");
      return;
    }
    const presence = message.kind === "awareness" || message.kind === "query-awareness";
    if (message.kind === "awareness" && this.echoAllowance > 0) {
      this.echoAllowance--;
    } else if (!(presence ? this.awarenessBucket : this.documentBucket).take()) {
      this.refuse(CLOSE.rateLimited, `rate limit: too many ${presence ? "awareness" : "sync"} messages per second`);
      return;
    }
    this.room.receive(this, message);
  }

  private ping(): void {
    if (!this.answeredPing) {
      this.logger("conn.timeout", { mapId: this.room.mapId, conn: this.id });
      this.ws.terminate();
      return;
    }
    this.answeredPing = false;
    if (this.ws.readyState === this.ws.OPEN) this.ws.ping();
  }

  private closed(code: number, reason: string): void {
    this.closing = true;
    clearInterval(this.pingTimer);
    this.logger("conn.close", { mapId: this.room.mapId, conn: this.id, role: this.role, code, reason });
    this.room.detach(this);
  }
}
