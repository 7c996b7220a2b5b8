/** What the editor bundle is built from, relative to the repository root (see webBuildState.mjs). */
export const WEB_SOURCES: readonly string[];
/** True when web/dist/index.html is missing or older than any of WEB_SOURCES. */
export function webBuildIsStale(root: string): boolean;
