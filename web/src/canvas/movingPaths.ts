import { createContext } from "react";

/**
 * An SVG over the map, on a compositor layer of its own, where paths that follow a dragged card are
 * drawn while it moves. Redrawn in place, a long path would repaint every path it crosses (they share
 * one layer, and the browser repaints whole tiles), which in software rendering costs more than the
 * rest of the frame; here only the moving curves are repainted.
 */
export const MovingPathsContext = createContext<SVGSVGElement | null>(null);
