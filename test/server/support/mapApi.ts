export interface CreatedMap {
  id: string;
  editToken: string;
  viewToken: string;
}

export interface RequestOptions {
  method?: string;
  token?: string;
  body?: string;
  headers?: Record<string, string>;
}

/** One request to the server, with the token as a bearer header. */
export function request(serverUrl: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers["authorization"] = `Bearer ${options.token}`;
  return fetch(`${serverUrl}${path}`, { method: options.method ?? "GET", headers, body: options.body });
}

/** `POST /api/maps`: a new map from the default when `body` is omitted. */
export async function createMap(serverUrl: string, body?: string): Promise<CreatedMap> {
  const response = await request(serverUrl, "/api/maps", {
    method: "POST",
    body,
    headers: body === undefined ? {} : { "content-type": "application/json" },
  });
  if (response.status !== 201) throw new Error(`creating a map: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedMap;
}
