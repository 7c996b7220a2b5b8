import {
  importJourney,
  versionInfoSchema,
  versionListSchema,
  type JourneyMap,
  type VersionInfo,
} from "@kundresa/shared";

/** The server's version history of one map (`/api/maps/:id/versions`), as the History dialog uses it. */
export interface VersionsApi {
  list(): Promise<VersionInfo[]>;
  save(name: string, author?: string): Promise<VersionInfo>;
  read(versionId: string): Promise<JourneyMap>;
}

/** A refused or failed request, with the server's own words when it gave any. */
export class VersionsApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "VersionsApiError";
  }
}

async function call(url: string, token: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      cache: "no-store",
      headers: { ...init.headers, Authorization: `Bearer ${token}` },
    });
  } catch (error) {
    throw new VersionsApiError(0, error instanceof Error ? error.message : String(error));
  }
  if (response.ok) return response;
  let message = response.statusText || `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === "string") message = body.error;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  throw new VersionsApiError(response.status, message);
}

/** Answers are checked against the shared schemas: a server of another version fails loudly, not oddly. */
function parsed<T>(result: { success: true; data: T } | { success: false }, status: number): T {
  if (!result.success) throw new VersionsApiError(status, "the server's answer is not a version history");
  return result.data;
}

export function httpVersionsApi(mapId: string, token: string): VersionsApi {
  const base = `/api/maps/${encodeURIComponent(mapId)}/versions`;
  return {
    async list() {
      const response = await call(base, token);
      return parsed(versionListSchema.safeParse(await response.json()), response.status).versions;
    },
    async save(name, author) {
      const response = await call(base, token, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(author ? { name, author } : { name }),
      });
      return parsed(versionInfoSchema.safeParse(await response.json()), response.status);
    },
    async read(versionId) {
      const response = await call(`${base}/${encodeURIComponent(versionId)}`, token);
      const result = importJourney(await response.text());
      if (!result.ok) throw new VersionsApiError(response.status, "the stored version is not a journey map");
      return result.map;
    },
  };
}
