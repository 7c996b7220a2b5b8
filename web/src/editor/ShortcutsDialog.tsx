import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";
import { ModalDialog } from "./ModalDialog";

/** Keys and gestures said in the reader's language; anything else is shown as written. */
const KEY_NAMES: Readonly<Record<string, MessageKey>> = {
  "Double-click": "editor.key.doubleClick",
  Click: "editor.key.click",
  Drag: "editor.key.drag",
  Shift: "editor.key.shift",
  Enter: "editor.key.enter",
  Delete: "editor.key.delete",
  Esc: "editor.key.escape",
};

const SHORTCUTS: readonly (readonly [keys: string[], what: MessageKey])[] = [
  [["N"], "editor.shortcuts.new"],
  [["Double-click"], "editor.shortcuts.newHere"],
  [["Enter"], "editor.shortcuts.rename"],
  [["Shift", "Enter"], "editor.shortcuts.inspect"],
  [["Tab"], "editor.shortcuts.nextCard"],
  [["Shift", "Tab"], "editor.shortcuts.previousCard"],
  [["←", "→"], "editor.shortcuts.moveStage"],
  [["↑", "↓"], "editor.shortcuts.moveSlot"],
  [["Shift", "Click"], "editor.shortcuts.addToSelection"],
  [["Shift", "Drag"], "editor.shortcuts.boxSelect"],
  [["Ctrl", "A"], "editor.shortcuts.selectAll"],
  [["Ctrl", "C"], "editor.shortcuts.copy"],
  [["Ctrl", "V"], "editor.shortcuts.paste"],
  [["Delete"], "editor.shortcuts.delete"],
  [["Ctrl", "Z"], "editor.shortcuts.undo"],
  [["Ctrl", "Shift", "Z"], "editor.shortcuts.redo"],
  [["F"], "editor.shortcuts.fit"],
  [["+", "−"], "editor.shortcuts.zoom"],
  [["Esc"], "editor.shortcuts.deselect"],
  [["?"], "editor.shortcuts.help"],
];

/** The cheat-sheet (`?`). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <ModalDialog title={t("editor.shortcuts.title")} onClose={onClose} className="ShortcutsDialog">
      <table className="ShortcutsDialog-table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t("editor.shortcuts.keys")}</th>
            <th scope="col">{t("editor.shortcuts.action")}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row">
                {keys.map((key) => (
                  <kbd key={key}>{KEY_NAMES[key] ? t(KEY_NAMES[key]) : key}</kbd>
                ))}
              </th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
