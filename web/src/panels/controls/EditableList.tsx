import { CommitTextField } from "./CommitTextField";
import { CloseIcon, PlusIcon } from "./icons";
import { KeptDots } from "./KeptDots";
import "./controls.css";

export interface EditableListProps {
  items: readonly string[];
  onChange: (next: string[]) => void;
  /** Accessible name of the list ("Pain points"). */
  label: string;
  /** Accessible name of one item's field, by position from 1 ("Pain point 2"). */
  itemLabel: (position: number) => string;
  removeLabel: (position: number, text: string) => string;
  addLabel: string;
  addPlaceholder: string;
  /** Colour of the item bullets. */
  tone: "pain" | "opportunity";
  /** The kept vote's dots by item text, shown beside each item that got some. */
  votes?: Readonly<Record<string, number>>;
  votesLabel?: (count: number) => string;
}

/**
 * A list of short texts edited in place: each item commits on blur/Enter (clearing an item removes
 * it), × removes, and the last row adds a new item and stays ready for the next one.
 */
export function EditableList({
  items,
  onChange,
  label,
  itemLabel,
  removeLabel,
  addLabel,
  addPlaceholder,
  tone,
  votes,
  votesLabel = String,
}: EditableListProps) {
  const replace = (index: number, text: string) => {
    const trimmed = text.trim();
    onChange(
      trimmed === "" ? items.filter((_, i) => i !== index) : items.map((item, i) => (i === index ? trimmed : item)),
    );
  };

  return (
    <div className={`editable-list editable-list--${tone}`}>
      {items.length > 0 && (
        <ul className="editable-list-items" aria-label={label}>
          {items.map((item, index) => (
            // Position keys: items are plain strings and may repeat; a removal re-keys the rest, which
            // is fine because no row holds local state once committed.
            <li key={index} className="editable-list-item">
              <span className="editable-list-bullet" aria-hidden="true" />
              <CommitTextField
                value={item}
                multiline="wrap"
                ariaLabel={itemLabel(index + 1)}
                className="editable-list-field"
                onCommit={(text) => replace(index, text)}
              />
              <KeptDots count={votes?.[item]} label={votesLabel} />
              <button
                type="button"
                className="icon-button editable-list-remove"
                aria-label={removeLabel(index + 1, item)}
                title={removeLabel(index + 1, item)}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                <CloseIcon size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="editable-list-add">
        <PlusIcon size={14} className="editable-list-add-icon" />
        <CommitTextField
          value=""
          multiline="wrap"
          ariaLabel={addLabel}
          placeholder={addPlaceholder}
          className="editable-list-field editable-list-add-field"
          onCommit={(text) => {
            if (text.trim() !== "") onChange([...items, text.trim()]);
          }}
        />
      </div>
    </div>
  );
}
