import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { searchKey } from "../panelText";
import { CloseIcon, SearchIcon } from "./icons";
import "./ChipCombobox.css";

/** A chip's colour family: a channel category, or a neutral/invalid look. */
export type ChipTone = "marketing" | "sales" | "service" | "communication" | "neutral" | "invalid";

export interface ChipItem {
  id: string;
  label: string;
  tone: ChipTone;
  /** Extra words shown after the label and read with it ("not in catalogue"). */
  note?: string;
}

export interface ComboOption {
  id: string;
  label: string;
  /** More words to match (the other language's name, the id). */
  keywords?: string;
}

export interface ComboGroup {
  id: string;
  label: string;
  tone: ChipTone;
  options: readonly ComboOption[];
}

export interface ChipComboboxProps {
  chips: readonly ChipItem[];
  groups: readonly ComboGroup[];
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
  /** Accessible name of the text input ("Add a channel"). */
  inputLabel: string;
  /** Accessible name of the chip list ("Selected channels"). */
  chipsLabel: string;
  placeholder: string;
  removeLabel: (chip: ChipItem) => string;
  noMatchesText: string;
  /** Offer the typed text itself as a last option (free-text values such as CRM capabilities). */
  customOption?: (query: string) => ComboOption | undefined;
  customGroupLabel?: string;
  inputId?: string;
}

interface VisibleGroup {
  group: { id: string; label: string; tone: ChipTone };
  options: ComboOption[];
  /** Index of the group's first option in the flat list that ↑/↓ walk. */
  offset: number;
}

/**
 * Chips for what is chosen plus a search box for adding more (the ARIA combobox pattern with a
 * grouped listbox): type to filter, ↑/↓ to move, Enter to add, Escape to close, Backspace in an empty
 * box removes the last chip. Focus stays in the input while the list is open (aria-activedescendant).
 */
export function ChipCombobox(props: ChipComboboxProps) {
  const { chips, groups, onAdd, onRemove, customOption } = props;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  const visible = useMemo<VisibleGroup[]>(() => {
    const chosen = new Set(chips.map((chip) => chip.id));
    const needle = searchKey(query.trim());
    const matches = (option: ComboOption) =>
      !chosen.has(option.id) && searchKey(`${option.label} ${option.keywords ?? ""}`).includes(needle);
    const found: Omit<VisibleGroup, "offset">[] = groups
      .map((group) => ({ group, options: group.options.filter(matches) }))
      .filter((entry) => entry.options.length > 0);
    const custom = query.trim() === "" ? undefined : customOption?.(query.trim());
    if (custom && !chosen.has(custom.id)) {
      found.push({ group: { id: "custom", label: props.customGroupLabel ?? "", tone: "neutral" }, options: [custom] });
    }
    const placed: VisibleGroup[] = [];
    for (const entry of found) {
      const previous = placed[placed.length - 1];
      placed.push({ ...entry, offset: previous ? previous.offset + previous.options.length : 0 });
    }
    return placed;
  }, [chips, groups, query, customOption, props.customGroupLabel]);

  const flat = visible.flatMap((entry) => entry.options);
  const activeIndex = flat.length === 0 ? -1 : Math.min(active, flat.length - 1);

  useEffect(() => {
    if (!open || activeIndex < 0) return;
    // jsdom has no scrollIntoView; real browsers keep the keyboard's option in sight.
    document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: "nearest" });
  });

  const add = (option: ComboOption | undefined) => {
    if (!option) return;
    // Focus never leaves the input: option clicks cancel their mousedown.
    onAdd(option.id);
    setQuery("");
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        if (!open) {
          setOpen(true);
          return;
        }
        if (flat.length === 0) return;
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((activeIndex + step + flat.length) % flat.length);
        return;
      }
      case "Enter":
        if (!open || activeIndex < 0) return;
        event.preventDefault();
        add(flat[activeIndex]);
        return;
      case "Escape":
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (query !== "") {
          event.stopPropagation();
          setQuery("");
        }
        return;
      case "Backspace": {
        const last = chips[chips.length - 1];
        if (query === "" && last) {
          event.preventDefault();
          onRemove(last.id);
        }
        return;
      }
      default:
    }
  };

  return (
    <div className="chip-combobox">
      {chips.length > 0 && (
        <ul className="chip-combobox-chips" aria-label={props.chipsLabel}>
          {chips.map((chip) => (
            <li key={chip.id} className={`chip chip--${chip.tone}`}>
              <span className="chip-label">{chip.label}</span>
              {chip.note && <span className="chip-note">{chip.note}</span>}
              <button
                type="button"
                className="chip-remove"
                aria-label={props.removeLabel(chip)}
                title={props.removeLabel(chip)}
                onClick={() => {
                  onRemove(chip.id);
                  input.current?.focus();
                }}
              >
                <CloseIcon size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={`chip-combobox-field${open ? " chip-combobox-field--open" : ""}`}>
        <SearchIcon className="chip-combobox-search" />
        <input
          ref={input}
          id={props.inputId}
          type="text"
          role="combobox"
          aria-label={props.inputLabel}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder={props.placeholder}
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
      </div>
      <div id={listId} role="listbox" aria-label={props.inputLabel} className="chip-combobox-list" hidden={!open}>
        {open && flat.length === 0 && <p className="chip-combobox-empty">{props.noMatchesText}</p>}
        {open &&
          visible.map(({ group, options, offset }) => (
            <div key={group.id} role="group" aria-labelledby={`${listId}-${group.id}`}>
              <div id={`${listId}-${group.id}`} className={`chip-combobox-group chip-combobox-group--${group.tone}`}>
                {group.label}
              </div>
              {options.map((option, position) => {
                const mine = offset + position;
                return (
                  <div
                    key={option.id}
                    id={optionId(mine)}
                    role="option"
                    aria-selected={mine === activeIndex}
                    className={`chip-combobox-option chip-combobox-option--${group.tone}`}
                    // mousedown would blur the input and close the list before the click lands.
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => setActive(mine)}
                    onClick={() => add(option)}
                  >
                    {option.label}
                  </div>
                );
              })}
            </div>
          ))}
      </div>
    </div>
  );
}
