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
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
