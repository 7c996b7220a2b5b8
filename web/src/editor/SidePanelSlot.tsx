import type { ReactNode } from "react";
import "./SidePanelSlot.css";

/**
 * SIDE PANEL SLOT: the right-hand column where the panels (web/src/panels: inspector, validation,
 * coverage and IT-support matrices, stages, channels, map settings) render. The editor owns the
 * frame and the data; the panels own what is inside.
 */
export function SidePanelSlot({ label, children }: { label: string; children: ReactNode }) {
  return (
    <aside className="SidePanelSlot" aria-label={label}>
      {children}
    </aside>
  );
}
