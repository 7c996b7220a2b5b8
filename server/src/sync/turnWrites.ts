import type { Duplex } from "node:stream";

/** Sockets holding frames back until the turn of the event loop ends, and whether that end is scheduled. */
const corked = new Set<Duplex>();
let turn = 0;
let endScheduled = false;

/** Which turn of the event loop this is; the first call in a turn schedules its end. */
function currentTurn(): number {
  if (!endScheduled) {
    endScheduled = true;
    // After the turn's I/O callbacks: every frame they sent to a socket leaves in one write.
    setImmediate(() => {
      endScheduled = false;
      turn++;
      for (const socket of corked) socket.uncork();
      corked.clear();
    });
  }
  return turn;
}

/**
 * One connection's writes. The first frame sent to it in a turn of the event loop is written at
 * once, so a lone edit in a quiet room waits for nothing; the frames after it in the same turn (a
 * busy room under load) wait for the turn's end and go out together, as one `writev` and mostly one
 * TCP segment instead of one each, which spares the server's system calls and the client's wake-ups.
 */
export class TurnWrites {
  private lastTurn = -1;

  constructor(private readonly socket: Duplex) {}

  /** Called before each frame is handed to the socket. */
  beforeWrite(): void {
    const now = currentTurn();
    if (this.lastTurn !== now) {
      this.lastTurn = now;
      return;
    }
    if (corked.has(this.socket) || this.socket.destroyed) return;
    this.socket.cork();
    corked.add(this.socket);
  }
}
