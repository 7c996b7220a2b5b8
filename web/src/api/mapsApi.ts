import type { ImportProblem } from "@kundresa/shared";

/** The server's answers to the requests the editor makes (contract §3). */
export interface CreatedMap {
  id: string;
  editToken: string;
  viewToken: string;
}

/** A refused request: the status, and for a 400 the problems by path. */
export class MapsApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: ImportProblem[] = [],
  ) {
    super(message);
    this.name = "MapsApiError";
  }
}

async function errorFrom(response: Response): Promise<MapsApiError> {
  let message = response.statusText || `HTTP ${response.status}`;
  let issues: ImportProblem[] = [];
  try {
    const body = (await response.json()) as { error?: unknown; issues?: unknown };
    if (typeof body.error === "string") message = body.error;
    if (Array.isArray(body.issues)) {
      issues = body.issues.filter(
        (issue): issue is ImportProblem =>
          typeof issue === "object" && issue !== null && typeof (issue as ImportProblem).message === "string",
      );
    }
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return new MapsApiError(response.status, message, issues);
}

/** Creates a map from journey-map JSON text (the exported format); status 0 when the server is unreachable. */
export async function createMap(journeyJson: string): Promise<CreatedMap> {
  let response: Response;
  try {
    response = await fetch("/api/maps", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: journeyJson,
    });
  } catch (error) {
    throw new MapsApiError(0, error instanceof Error ? error.message : String(error));
  }
  if (response.status !== 201 && response.status !== 200) throw await errorFrom(response);
  const created = (await response.json()) as Partial<CreatedMap>;
  if (typeof created.id !== "string" || typeof created.editToken !== "string" || typeof created.viewToken !== "string")
    throw new MapsApiError(response.status, "the server's answer has no id and tokens");
  return created as CreatedMap;
}

export type MapAccess = "edit" | "view" | "unauthorized" | "not-found" | "unreachable";

/**
 * What a token may do with a map: `GET /api/maps/:id/access` answers `{ access: "edit" | "view" }`,
 * and for an edit token also the view link's token when the server can give it (`viewToken`).
 */
export async function probeAccess(mapId: string, token: string): Promise<{ access: MapAccess; viewToken?: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/maps/${encodeURIComponent(mapId)}/access`, {
      headers: { Authorization: `Bearer ${token}` },
      cache: "no-store",
    });
  } catch {
    return { access: "unreachable" };
  }
  if (response.status === 401) return { access: "unauthorized" };
  if (response.status === 404) return { access: "not-found" };
  if (response.status !== 200) return { access: "unreachable" };
  const body = (await response.json().catch(() => ({}))) as { access?: unknown; viewToken?: unknown };
  if (body.access !== "edit" && body.access !== "view") return { access: "unreachable" };
  return typeof body.viewToken === "string" && body.access === "edit"
    ? { access: body.access, viewToken: body.viewToken }
    : { access: body.access };
}

/**
 * Replaces both of a map's links (`POST /api/maps/:id/tokens`, edit token): the old ones stop
 * working at once and everyone connected with them is disconnected.
 */
export async function replaceMapTokens(mapId: string, editToken: string): Promise<Omit<CreatedMap, "id">> {
  let response: Response;
  try {
    response = await fetch(`/api/maps/${encodeURIComponent(mapId)}/tokens`, {
      method: "POST",
      headers: { Authorization: `Bearer ${editToken}` },
    });
  } catch (error) {
    throw new MapsApiError(0, error instanceof Error ? error.message : String(error));
  }
  if (response.status !== 200) throw await errorFrom(response);
  const tokens = (await response.json()) as Partial<CreatedMap>;
  if (typeof tokens.editToken !== "string" || typeof tokens.viewToken !== "string")
    throw new MapsApiError(response.status, "the server's answer has no tokens");
  return { editToken: tokens.editToken, viewToken: tokens.viewToken };
}
