import { z } from "zod";
import { LIMITS } from "../format/limits";

/**
 * The shapes of the server's version-history API (`/api/maps/:id/versions`), shared so the server
 * parses requests and the editor parses answers with the same schemas.
 */

/** `auto`: taken by the server while a map is edited; `named`: saved by someone, with a name. */
export const versionKindSchema = z.enum(["auto", "named"]);
export type VersionKind = z.infer<typeof versionKindSchema>;

export const VERSION_NAME_MAX_LENGTH = 200;

/** `POST /api/maps/:id/versions`: a named version of the map as it is now. */
export const saveVersionRequestSchema = z.object({
  name: z.string().trim().min(1, "give the version a name").max(VERSION_NAME_MAX_LENGTH),
  /** The name the person gave on their device, as comments carry it; no accounts. */
  author: z.string().trim().max(LIMITS.maxAuthorLength).optional(),
});
export type SaveVersionRequest = z.infer<typeof saveVersionRequestSchema>;

/** One version's metadata, as the list and the save answer give it. */
export const versionInfoSchema = z.object({
  /** Opaque: the store's id, unique within the map. */
  id: z.string().min(1),
  kind: versionKindSchema,
  /** Empty for automatic versions. */
  name: z.string(),
  author: z.string().optional(),
  /** ISO 8601, UTC. */
  createdAt: z.iso.datetime({ offset: true }),
  touchpoints: z.number().int().min(0),
});
export type VersionInfo = z.infer<typeof versionInfoSchema>;

/** `GET /api/maps/:id/versions`: newest first. */
export const versionListSchema = z.object({ versions: z.array(versionInfoSchema) });
export type VersionList = z.infer<typeof versionListSchema>;
