/**
 * Transaction origins. Every edit this tab makes carries LOCAL_ORIGIN, and the undo manager tracks
 * only that, so Ctrl+Z undoes your own edits and never a colleague's. Housekeeping the app does on
 * its own (repairing duplicated stages) uses MAINTENANCE_ORIGIN so nobody can "undo" a repair.
 */
export const LOCAL_ORIGIN = { name: "kundresa.local-edit" } as const;
export const MAINTENANCE_ORIGIN = { name: "kundresa.maintenance" } as const;
