import type { IncomingMessage, ServerResponse } from "node:http";
import {
  LIMITS,
  createJourney,
  exportJourney,
  importJourney,
  readJourney,
  renderJourneySvg,
  validateJourney,
  writeJourney,
  type JourneyMap,
} from "@kundresa/shared";
import * as Y from "yjs";
import { isMapId, issueTokens, newMapId, roleOf, tokenFromRequest, viewTokenFor, type Role } from "../auth/tokens";
import { errorMessage, type Logger } from "../log";
import { DocumentTooLargeError, replaceJourney } from "../rooms/replaceJourney";
import { RoomUnavailableError } from "../rooms/room";
import { ShuttingDownError, type RoomRegistry } from "../rooms/roomRegistry";
import type { JourneyStorage, MapRecord } from "../storage/journeyStorage";
import { bodyText, readBody } from "./readBody";
import { HttpError, send, sendJson } from "./respond";
import { VERSIONS_PATH, handleVersionApi } from "./versionRoutes";

export interface MapApiDeps {
  storage: JourneyStorage;
  registry: RoomRegistry;
  logger: Logger;
  maxDocBytes: number;
}

type Access = "read" | "write";

export function methodNotAllowed(allowed: readonly string[]): HttpError {
  return new HttpError(405, `use ${allowed.join(" or ")} here`, {}, { allow: allowed.join(", ") });
}

/** 404 for an unknown map, 401 without a valid token, 403 for a view token on a write. */
export async function authorize(request: IncomingMessage, url: URL, id: string, deps: MapApiDeps, access: Access) {
  const record: MapRecord | undefined = isMapId(id) ? await deps.storage.getMap(id) : undefined;
  if (!record) throw new HttpError(404, "no map with this id");
  const token = tokenFromRequest(request.headers, url);
  const role = roleOf(record, token);
  if (!role || token === undefined) {
    throw new HttpError(401, "this needs the map's edit or view token", {}, { "www-authenticate": "Bearer" });
  }
  if (access === "write" && role !== "edit") throw new HttpError(403, "a view token can only read this map");
  return { role, record, token };
}

/**
 * `GET /api/maps/:id/access`: what the presented token may do, and for an edit token the view link's
 * token where it derives from it (maps made before that have a random one, which only its creator
 * knew). An addition to contract §3: it reveals nothing the token's holder could not make.
 */
function accessAnswer(role: Role, record: MapRecord, token: string): { access: Role; viewToken?: string } {
  if (role !== "edit") return { access: role };
  const viewToken = viewTokenFor(token);
  return roleOf(record, viewToken) === "view" ? { access: role, viewToken } : { access: role };
}

/** The body as a journey map: 400 with every problem by its path, or undefined for an empty body. */
async function journeyFromBody(request: IncomingMessage): Promise<{ map: JourneyMap; bytes: number } | undefined> {
  const body = await readBody(request, LIMITS.maxBodyBytes);
  const text = bodyText(body);
  if (text.trim() === "") return undefined;
  const result = importJourney(text);
  if (!result.ok) throw new HttpError(400, "not a valid journey map", { issues: result.problems });
  return { map: result.map, bytes: body.byteLength };
}

function writeRefused(error: unknown): HttpError {
  return new HttpError(400, "the map cannot be written", { issues: [{ path: "", message: errorMessage(error) }] });
}

/** Room problems as HTTP: a map that cannot load is 500 (logged by the room), shutdown is 503. */
function roomError(error: unknown): unknown {
  if (error instanceof ShuttingDownError) return new HttpError(503, error.message);
  if (error instanceof RoomUnavailableError) return new HttpError(500, `this map cannot be opened: ${error.message}`);
  if (error instanceof DocumentTooLargeError) return new HttpError(413, error.message);
  return error;
}

async function createMap(request: IncomingMessage, response: ServerResponse, deps: MapApiDeps): Promise<void> {
  const imported = await journeyFromBody(request);
  const map = imported?.map ?? createJourney();
  const doc = new Y.Doc();
  let update: Uint8Array;
  try {
    writeJourney(doc, map);
    update = Y.encodeStateAsUpdate(doc);
  } catch (error) {
    throw writeRefused(error);
  } finally {
    doc.destroy();
  }
  if (update.byteLength > deps.maxDocBytes)
    throw new HttpError(413, "the map is over the server's document size limit");
  const id = newMapId();
  const tokens = issueTokens();
  const now = Date.now();
  await deps.storage.createMap({ id, ...tokens.hashes, title: map.title, createdAt: now, updatedAt: now }, update);
  deps.logger("map.created", { mapId: id, imported: imported !== undefined });
  sendJson(
    response,
    201,
    { id, editToken: tokens.editToken, viewToken: tokens.viewToken },
    { location: `/api/maps/${id}` },
  );
}

async function rotateTokens(id: string, response: ServerResponse, deps: MapApiDeps): Promise<void> {
  const tokens = issueTokens();
  if (!(await deps.storage.replaceTokenHashes(id, tokens.hashes))) throw new HttpError(404, "no map with this id");
  await deps.registry.rotateTokens(id, tokens.hashes);
  deps.logger("map.tokens-rotated", { mapId: id });
  sendJson(response, 200, { editToken: tokens.editToken, viewToken: tokens.viewToken });
}

async function replaceMap(id: string, request: IncomingMessage, response: ServerResponse, deps: MapApiDeps) {
  const imported = await journeyFromBody(request);
  if (!imported) {
    throw new HttpError(400, "not a valid journey map", {
      issues: [{ path: "", message: "the body is empty; send the journey map to store" }],
    });
  }
  const exported = await deps.registry.withDoc(id, async (doc, room) => {
    try {
      await replaceJourney(room, doc, imported.map, imported.bytes);
    } catch (error) {
      throw error instanceof DocumentTooLargeError || error instanceof RoomUnavailableError
        ? error
        : writeRefused(error);
    }
    return exportJourney(readJourney(doc).map);
  });
  deps.logger("map.replaced", { mapId: id });
  send(response, 200, "application/json; charset=utf-8", exported, { "cache-control": "no-store" });
}

/** `GET` answers: the map as JSON, as SVG, or its validation report, read from the live document. */
async function readMap(id: string, view: string, response: ServerResponse, deps: MapApiDeps): Promise<void> {
  const answer = await deps.registry.withDoc(id, (doc) => {
    const { map, invalidEntries } = readJourney(doc);
    if (view === "svg") return { type: "image/svg+xml; charset=utf-8", body: renderJourneySvg(map) };
    const body = view === "validation" ? JSON.stringify(validateJourney(map, { invalidEntries })) : exportJourney(map);
    return { type: "application/json; charset=utf-8", body };
  });
  send(response, 200, answer.type, answer.body, { "cache-control": "no-store" });
}

const MAP_PATH = /^\/api\/maps(?:\/([^/]+)(?:\/(svg|validation|tokens|access))?)?\/?$/;

/**
 * Contract §3's map API. Returns false for paths outside `/api/maps`. No route lists maps: a map
 * is reachable only by someone who holds its id and a token.
 */
export async function handleMapApi(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  deps: MapApiDeps,
): Promise<boolean> {
  if (!url.pathname.startsWith("/api/")) return false;
  const versions = VERSIONS_PATH.exec(url.pathname);
  if (versions) {
    await handleVersionApi(request, response, url, versions, deps).catch((error: unknown) => {
      throw roomError(error);
    });
    return true;
  }
  const match = MAP_PATH.exec(url.pathname);
  if (!match) throw new HttpError(404, `nothing at ${url.pathname}`);
  const [, rawId, view = ""] = match;
  const method = request.method === "HEAD" ? "GET" : (request.method ?? "");
  try {
    if (rawId === undefined) {
      if (method !== "POST") throw methodNotAllowed(["POST"]);
      await createMap(request, response, deps);
      return true;
    }
    let id: string;
    try {
      id = decodeURIComponent(rawId);
    } catch {
      throw new HttpError(404, "no map with this id");
    }
    if (view === "tokens") {
      if (method !== "POST") throw methodNotAllowed(["POST"]);
      await authorize(request, url, id, deps, "write");
      await rotateTokens(id, response, deps);
    } else if (view === "" && method === "PUT") {
      await authorize(request, url, id, deps, "write");
      await replaceMap(id, request, response, deps);
    } else if (view === "access" && method === "GET") {
      // So a shared link opens in the right mode, and an edit link can show the view link.
      const { role, record, token } = await authorize(request, url, id, deps, "read");
      sendJson(response, 200, accessAnswer(role, record, token), { "cache-control": "no-store" });
    } else if (method === "GET") {
      await authorize(request, url, id, deps, "read");
      await readMap(id, view, response, deps);
    } else {
      throw methodNotAllowed(view === "" ? ["GET", "PUT"] : ["GET"]);
    }
    return true;
  } catch (error) {
    throw roomError(error);
  }
}
