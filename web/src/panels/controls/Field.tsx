import { useId, type ReactNode } from "react";
import "./controls.css";

export interface FieldProps {
  label: string;
  /** Renders the control; `id` goes on the control so the label names it. */
  children: (ids: { id: string; labelId: string; hintId: string | undefined }) => ReactNode;
  hint?: ReactNode;
  /** Right-aligned extra in the label row (a count, a small action). */
  aside?: ReactNode;
  /** A field whose control is a group (radiogroup, chip list) gets its label as a plain element. */
  group?: boolean;
  className?: string;
}

/** A labelled form row: label above, control, quiet hint below. */
export function Field({ label, children, hint, aside, group = false, className }: FieldProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  return (
    <div className={["field", className ?? ""].join(" ").trim()}>
      <div className="field-label-row">
        {group ? (
          <span id={labelId} className="field-label">
            {label}
          </span>
        ) : (
          <label id={labelId} htmlFor={id} className="field-label">
            {label}
          </label>
        )}
        {aside}
      </div>
      {children({ id, labelId, hintId })}
      {hint !== undefined && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
    </div>
  );
}

export interface PanelSectionProps {
  title: string;
  children: ReactNode;
  aside?: ReactNode;
  className?: string;
}

/** A titled block of a panel, separated from the next by a hairline. */
export function PanelSection({ title, children, aside, className }: PanelSectionProps) {
  const id = useId();
  return (
    <section className={["panel-section", className ?? ""].join(" ").trim()} aria-labelledby={id}>
      <div className="panel-section-head">
        <h3 id={id} className="panel-section-title">
          {title}
        </h3>
        {aside}
      </div>
      {children}
    </section>
  );
}
