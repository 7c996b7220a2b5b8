/**
 * Transaction origins. Every edit this tab makes carries LOCAL_ORIGIN, and the undo manager tracks
 * only that, so Ctrl+Z undoes your own edits and never a colleague's. Housekeeping the app does on
 * its own (repairing duplicated stages) uses MAINTENANCE_ORIGIN so nobody can "undo" a repair.
 */
export const LOCAL_ORIGIN = { name: "kundresa.local-edit" } as const;
export const MAINTENANCE_ORIGIN = { name: "kundresa.maintenance" } as const;
/**
 * Comments: a conversation, not an edit of the map, so Ctrl+Z (pressed for a card moved a moment
 * ago) never takes back something colleagues have already read. Deleting a card still takes its
 * threads with it as part of that undoable edit, and undo brings them back.
 */
export const COMMENT_ORIGIN = { name: "kundresa.comment" } as const;
/** Running a dot vote (start, dots, reveal, end): session state, never undone; keeping its result is a local edit. */
export const VOTE_ORIGIN = { name: "kundresa.vote" } as const;
