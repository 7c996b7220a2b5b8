import { useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";
import "./controls.css";

export interface SegmentOption<T extends string | number> {
  value: T;
  /** Visible text; with `iconOnly` it becomes the option's accessible name and tooltip. */
  label: string;
  icon?: ReactNode;
  /** A CSS colour for the option's mark and its selected state (e.g. `var(--it-integrated)`). */
  color?: string;
  tint?: string;
  ink?: string;
}

export interface SegmentedControlProps<T extends string | number> {
  options: readonly SegmentOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  /** The group's accessible name; or `labelledBy` pointing at a visible label. */
  ariaLabel?: string;
  labelledBy?: string;
  describedBy?: string;
  iconOnly?: boolean;
  className?: string;
  id?: string;
}

const NEXT_KEYS = new Set(["ArrowRight", "ArrowDown"]);
const PREVIOUS_KEYS = new Set(["ArrowLeft", "ArrowUp"]);

/**
 * A row of mutually exclusive choices with radio-group semantics: one tab stop (the chosen option,
 * or the first), arrow keys move and choose, Home/End jump, as the ARIA radio-group pattern says.
 */
export function SegmentedControl<T extends string | number>({
  options,
  value,
  onChange,
  ariaLabel,
  labelledBy,
  describedBy,
  iconOnly = false,
  className,
  id,
}: SegmentedControlProps<T>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = options.findIndex((option) => option.value === value);
  const tabStop = selectedIndex === -1 ? 0 : selectedIndex;

  const choose = (index: number) => {
    const option = options[index];
    if (option === undefined) return;
    buttons.current[index]?.focus();
    if (option.value !== value) onChange(option.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = options.length - 1;
    let target: number | undefined;
    if (NEXT_KEYS.has(event.key)) target = index === last ? 0 : index + 1;
    else if (PREVIOUS_KEYS.has(event.key)) target = index === 0 ? last : index - 1;
    else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = last;
    if (target === undefined) return;
    event.preventDefault();
    choose(target);
  };

  return (
    <div
      role="radiogroup"
      id={id}
      aria-label={ariaLabel}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={["segmented", iconOnly ? "segmented--icons" : "", className ?? ""].join(" ").trim()}
      style={{ "--segments": options.length } as CSSProperties}
    >
      {options.map((option, index) => {
        const checked = index === selectedIndex;
        const style = {
          "--segment-color": option.color,
          "--segment-tint": option.tint,
          "--segment-ink": option.ink,
        } as CSSProperties;
        return (
          <button
            key={String(option.value)}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={iconOnly ? option.label : undefined}
            title={iconOnly ? option.label : undefined}
            tabIndex={index === tabStop ? 0 : -1}
            className={`segmented-option${checked ? " segmented-option--checked" : ""}`}
            style={style}
            onClick={() => choose(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {option.icon}
            {!iconOnly && <span className="segmented-label">{option.label}</span>}
          </button>
        );
      })}
    </div>
  );
}
