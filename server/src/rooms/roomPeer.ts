import type { Role } from "../auth/tokens";

/** A live connection as a room sees it: what it may do, and how to reach or drop it. */
export interface RoomPeer {
  /** For logs: unique within this process. */
  readonly id: number;
  readonly role: Role;
  /** Hash of the token the connection opened with, so a token rotation can find it. */
  readonly tokenHash: Uint8Array;
  /** False once closing: nothing more is sent or answered. */
  readonly isOpen: boolean;
  /** `ownPresence`: the connection's own awareness update coming back, which earns it no free echo. */
  send(message: Uint8Array, ownPresence?: boolean): void;
  close(code: number, reason: string): void;
}
