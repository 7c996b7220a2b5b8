import { createContext, useContext } from "react";

/**
 * What cards call back into: kept out of node data so a node's data changes only when its
 * touchpoint does (React Flow re-renders a node when its data object changes).
 */
export interface CanvasActions {
  commitTitle(touchpointId: string, title: string): void;
  stopEditing(): void;
  startEditing(touchpointId: string): void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error("cards need a <CanvasActionsContext.Provider>");
  return actions;
}
