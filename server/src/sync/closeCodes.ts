/**
 * WebSocket close codes the server sends. y-websocket's provider stops reconnecting on 4400–4499
 * (a decision reconnecting cannot fix) and retries on everything else.
 */
export const CLOSE = {
  /** Server shutting down or restarting: the client reconnects and resyncs. */
  goingAway: 1001,
  /** Not the y-websocket protocol (unknown message type). */
  protocolError: 1002,
  /** A payload that does not decode as what its type says. */
  malformed: 1007,
  /** Too many messages or bytes for a person at a keyboard. */
  rateLimited: 1008,
  /** A frame over the size limit (ws sends this itself when `maxPayload` is exceeded). */
  tooBig: 1009,
  /** The map could not be loaded or stored: try again later, nothing was lost on the server. */
  internalError: 1011,
  /** This connection fell too far behind reading what we send; it reconnects and resyncs. */
  tryAgainLater: 1013,
  /** Missing, wrong or rotated token. */
  unauthorized: 4401,
  /** `Origin` not in `KUNDRESA_ALLOWED_ORIGINS`. */
  forbiddenOrigin: 4403,
  /** No map with this id. */
  unknownMap: 4404,
  /** The update would grow the document past its size cap; resending it cannot help. */
  documentTooLarge: 4413,
} as const;
