import type { IncomingMessage, ServerResponse } from "node:http";
import {
  exportJourney,
  importJourney,
  saveVersionRequestSchema,
  type SaveVersionRequest,
  type VersionInfo,
} from "@kundresa/shared";
import type { VersionRecord } from "../storage/journeyStorage";
import { authorize, methodNotAllowed, type MapApiDeps } from "./mapRoutes";
import { bodyText, readBody } from "./readBody";
import { HttpError, send, sendJson } from "./respond";

/** A name and an author fit in far less; anything bigger is not a version request. */
const MAX_REQUEST_BYTES = 16 * 1024;

export const VERSIONS_PATH = /^\/api\/maps\/([^/]+)\/versions(?:\/([^/]+))?\/?$/;

/** What the API shows of a stored version: no hash, times as ISO 8601 (as comments have them). */
function versionInfo(record: VersionRecord): VersionInfo {
  return {
    id: record.id,
    kind: record.kind,
    name: record.name,
    ...(record.author === undefined ? {} : { author: record.author }),
    createdAt: new Date(record.createdAt).toISOString(),
    touchpoints: record.touchpoints,
  };
}

async function saveRequest(request: IncomingMessage): Promise<SaveVersionRequest> {
  let body: Buffer;
  try {
    body = await readBody(request, MAX_REQUEST_BYTES);
  } catch (error) {
    if (error instanceof HttpError && error.status === 413) {
      throw new HttpError(413, `a version request is at most ${MAX_REQUEST_BYTES / 1024} KiB`);
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(bodyText(body));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, "the body is not JSON", { issues: [{ path: "", message: 'send {"name": "…"}' }] });
  }
  const parsed = saveVersionRequestSchema.safeParse(json);
  if (!parsed.success) {
    throw new HttpError(400, "not a valid version request", {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
  }
  return parsed.data;
}

async function saveNamedVersion(id: string, request: IncomingMessage, response: ServerResponse, deps: MapApiDeps) {
  const { name, author } = await saveRequest(request);
  // In the room's queue: the version is the document exactly as every update before it left it.
  const record = await deps.registry.withDoc(id, (doc, room) => room.versions.saveNamed(doc, name, author));
  sendJson(response, 201, versionInfo(record), { location: `/api/maps/${id}/versions/${record.id}` });
}

async function readVersion(id: string, versionId: string, response: ServerResponse, deps: MapApiDeps) {
  const stored = await deps.storage.readVersion(id, versionId);
  if (!stored) throw new HttpError(404, "this map has no version with this id");
  // Through import, so a version saved by an older Kundresa answers in today's format version.
  const imported = importJourney(stored.content);
  if (!imported.ok) {
    deps.logger("versions.unreadable", { mapId: id, versionId, problems: imported.problems.length });
    throw new HttpError(500, "the stored version cannot be read");
  }
  send(response, 200, "application/json; charset=utf-8", exportJourney(imported.map), {
    "cache-control": "no-store",
  });
}

/**
 * The version history (additions to contract §3): `GET /api/maps/:id/versions` lists, `POST` saves
 * a named version (edit token), `GET /api/maps/:id/versions/:versionId` gives one as journey-map
 * JSON. Restoring is the editor's job: it writes the version into the live document as one of that
 * person's undoable edits, which no server-side restore could be.
 */
export async function handleVersionApi(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  match: RegExpExecArray,
  deps: MapApiDeps,
): Promise<void> {
  const [, rawId = "", rawVersionId] = match;
  const method = request.method === "HEAD" ? "GET" : (request.method ?? "");
  let id: string;
  let versionId: string | undefined;
  try {
    id = decodeURIComponent(rawId);
    versionId = rawVersionId === undefined ? undefined : decodeURIComponent(rawVersionId);
  } catch {
    throw new HttpError(404, "no map with this id");
  }
  if (versionId !== undefined) {
    if (method !== "GET") throw methodNotAllowed(["GET"]);
    await authorize(request, url, id, deps, "read");
    await readVersion(id, versionId, response, deps);
  } else if (method === "GET") {
    await authorize(request, url, id, deps, "read");
    const versions = await deps.storage.listVersions(id);
    sendJson(response, 200, { versions: versions.map(versionInfo) });
  } else if (method === "POST") {
    await authorize(request, url, id, deps, "write");
    await saveNamedVersion(id, request, response, deps);
  } else {
    throw methodNotAllowed(["GET", "POST"]);
  }
}
