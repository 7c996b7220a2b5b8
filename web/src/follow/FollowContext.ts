import { createContext, useContext } from "react";
import type { Follow } from "./useFollow";

/** The editor's follow state, for the avatars (follow someone) and the banner (who you follow). */
export const FollowContext = createContext<Follow | null>(null);

export function useFollowContext(): Follow | null {
  return useContext(FollowContext);
}
