import { useState } from "react";
import { PlusIcon } from "../controls/icons";

export interface AddStageProps {
  onAdd: (title: string) => void;
  buttonLabel: string;
  inputLabel: string;
  placeholder: string;
}

/**
 * "Add stage" at the foot of a phase: opens a name field; Enter adds and leaves the field open for
 * the next stage, Escape (or leaving it empty) closes it.
 */
export function AddStage({ onAdd, buttonLabel, inputLabel, placeholder }: AddStageProps) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");

  if (!open) {
    return (
      <button type="button" className="stage-add-button" onClick={() => setOpen(true)}>
        <PlusIcon size={14} />
        {buttonLabel}
      </button>
    );
  }
  const add = () => {
    if (title.trim() !== "") onAdd(title.trim());
    setTitle("");
  };
  return (
    <div className="stage-add-row">
      <PlusIcon size={14} className="stage-add-icon" />
      <input
        type="text"
        className="panel-input"
        aria-label={inputLabel}
        placeholder={placeholder}
        value={title}
        autoFocus
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            add();
          } else if (event.key === "Escape") {
            event.stopPropagation();
            setTitle("");
            setOpen(false);
          }
        }}
        onBlur={() => {
          add();
          setOpen(false);
        }}
      />
    </div>
  );
}
