import type { ReactNode } from "react";
import "./controls.css";

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The visible label; it is the switch's accessible name. */
  children: ReactNode;
  describedBy?: string;
  id?: string;
}

/** An on/off switch (role="switch"): the whole row is the control, so the label is a big target. */
export function Switch({ checked, onChange, children, describedBy, id }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      aria-checked={checked}
      aria-describedby={describedBy}
      className={`switch${checked ? " switch--on" : ""}`}
      onClick={() => onChange(!checked)}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-label">{children}</span>
    </button>
  );
}
