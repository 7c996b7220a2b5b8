import type { ChipItem } from "./ChipCombobox";
import "./ChipCombobox.css";

/** Chips to look at, not edit (view links, summaries). */
export function ChipList({ chips, label }: { chips: readonly ChipItem[]; label: string }) {
  return (
    <ul className="chip-combobox-chips chip-list" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.id} className={`chip chip--${chip.tone} chip--static`}>
          <span className="chip-label">{chip.label}</span>
          {chip.note && <span className="chip-note">{chip.note}</span>}
        </li>
      ))}
    </ul>
  );
}
