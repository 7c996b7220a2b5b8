import type { Duplex } from "node:stream";
import { atTurnEnd, currentTurn } from "../eventLoopTurn";

/**
 * One connection's writes. The first frame sent to it in a turn of the event loop is written at
 * once, so a lone edit in a quiet room waits for nothing; the frames after it in the same turn (a
 * busy room under load) wait for the turn's end and go out together, as one `writev` and mostly one
 * TCP segment instead of one each, which spares the server's system calls and the client's wake-ups.
 */
export class TurnWrites {
  private lastTurn = -1;
  private corked = false;

  constructor(private readonly socket: Duplex) {}

  /** Called before each frame is handed to the socket. */
  beforeWrite(): void {
    const now = currentTurn();
    if (this.lastTurn !== now) {
      this.lastTurn = now;
      return;
    }
    if (this.corked || this.socket.destroyed) return;
    this.corked = true;
    this.socket.cork();
    atTurnEnd(() => {
      this.corked = false;
      this.socket.uncork();
    });
  }
}
