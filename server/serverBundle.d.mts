/** Bundles `entry` into `outfile` as `npm start` bundles the server (see serverBundle.mjs). */
export function bundleServer(root: string, entry: string, outfile: string, external?: readonly string[]): Promise<void>;
