import * as Y from "yjs";
import type { z } from "zod";
import { channelSchema, type Channel } from "../format/channel";
import { parseInput, parsePatch } from "./intentInput";
import { entryMap, journeyRoots } from "./layout";
import { fieldsOf, newEntry, updateEntry } from "./writeFields";

/*
 * Edits of the map's own channel catalogue. Touchpoints refer to channels by id; a reference to a
 * channel the catalogue no longer has is a validation error, never silent data loss.
 */

export type ChannelInput = z.input<typeof channelSchema>;
export type ChannelPatch = Partial<Omit<ChannelInput, "id">>;

const { id: _id, ...patchShape } = channelSchema.shape;

/** Adds a channel to the catalogue and returns it as stored. Throws on invalid input or a taken id. */
export function addChannel(doc: Y.Doc, channel: ChannelInput, origin?: unknown): Channel {
  const parsed = parseInput(channelSchema, channel, "addChannel: the channel");
  const { channels } = journeyRoots(doc);
  if (channels.has(parsed.id)) throw new Error(`addChannel: channel "${parsed.id}" already exists`);
  doc.transact(() => channels.set(parsed.id, newEntry(fieldsOf(parsed))), origin);
  return parsed;
}

/** Renames a channel or changes its category (only the fields that differ). False when there is none. */
export function updateChannel(doc: Y.Doc, id: string, patch: ChannelPatch, origin?: unknown): boolean {
  const fields = parsePatch(patchShape, patch, "updateChannel: the patch");
  const entry = entryMap(journeyRoots(doc).channels, id);
  if (entry === undefined) return false;
  doc.transact(() => updateEntry(entry, fields, { removeOthers: false }), origin);
  return true;
}

export interface DeleteChannelOptions {
  /**
   * `true`: remove the channel from every touchpoint that uses it. `false`: leave those references,
   * which validation then reports as unknown channels until someone fixes them. No default: the
   * editor must decide (and usually ask the user).
   */
  stripFromTouchpoints: boolean;
}

/**
 * Deletes a channel from the catalogue, and with `stripFromTouchpoints` from the touchpoints that
 * name it. Returns false when neither the channel nor (when stripping) any reference existed.
 */
export function deleteChannel(doc: Y.Doc, id: string, options: DeleteChannelOptions, origin?: unknown): boolean {
  if (typeof options !== "object" || options === null || typeof options.stripFromTouchpoints !== "boolean") {
    throw new Error("deleteChannel: options.stripFromTouchpoints must be true or false");
  }
  const { channels, touchpoints } = journeyRoots(doc);
  const users: Y.Map<unknown>[] = [];
  if (options.stripFromTouchpoints) {
    touchpoints.forEach((stored) => {
      if (!(stored instanceof Y.Map)) return;
      const channelIds: unknown = stored.get("channelIds");
      if (Array.isArray(channelIds) && channelIds.includes(id)) users.push(stored as Y.Map<unknown>);
    });
  }
  if (!channels.has(id) && users.length === 0) return false;
  doc.transact(() => {
    channels.delete(id);
    for (const touchpoint of users) {
      const channelIds = touchpoint.get("channelIds") as unknown[];
      touchpoint.set(
        "channelIds",
        channelIds.filter((channelId) => channelId !== id),
      );
    }
  }, origin);
  return true;
}
