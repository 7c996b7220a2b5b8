import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { MapRecord, TokenHashes } from "../storage/journeyStorage";

/** What a token lets its holder do with one map. */
export type Role = "edit" | "view";

/** 128 random bits: unguessable, and short enough for a link (22 characters). */
export function newMapId(): string {
  return randomBytes(16).toString("base64url");
}

/** 192 random bits (32 characters); only its hash is ever stored. */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/** A map id we could have issued; anything else is answered as an unknown map without a lookup. */
export function isMapId(text: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(text);
}

export interface IssuedTokens {
  editToken: string;
  viewToken: string;
  hashes: TokenHashes;
}

/**
 * The view token that goes with an edit token: an HMAC keyed by the edit token, 192 bits like it.
 * Whoever holds the edit link can so be given the view link again (the server keeps hashes only,
 * so it could not look it up), while the view token tells nothing about the edit token.
 */
export function viewTokenFor(editToken: string): string {
  return createHmac("sha256", editToken)
    .update("kundresa view token v1")
    .digest()
    .subarray(0, 24)
    .toString("base64url");
}

export function issueTokens(): IssuedTokens {
  const editToken = newToken();
  const viewToken = viewTokenFor(editToken);
  return { editToken, viewToken, hashes: { editTokenHash: hashToken(editToken), viewTokenHash: hashToken(viewToken) } };
}

function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && timingSafeEqual(a, b);
}

/** The role a token hash grants on a map, if any. Constant-time in the hash bytes. */
export function roleOfHash(hashes: TokenHashes, tokenHash: Uint8Array): Role | undefined {
  // Both comparisons always run, so timing does not tell an edit token from a view token.
  const edit = sameHash(hashes.editTokenHash, tokenHash);
  const view = sameHash(hashes.viewTokenHash, tokenHash);
  return edit ? "edit" : view ? "view" : undefined;
}

export function roleOf(record: MapRecord, token: string | undefined): Role | undefined {
  if (token === undefined) return undefined;
  return roleOfHash(record, hashToken(token));
}

/** Longer than any token we issue; refusing it early keeps hashing cheap for hostile input. */
const MAX_TOKEN_LENGTH = 256;

/** The token from `Authorization: Bearer <token>` or, for browsers' WebSockets, `?token=`. */
export function tokenFromRequest(headers: IncomingHttpHeaders, url: URL): string | undefined {
  const authorization = headers.authorization;
  const bearer = authorization === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  const token = bearer ?? url.searchParams.get("token") ?? undefined;
  if (token === undefined || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
  return token;
}
