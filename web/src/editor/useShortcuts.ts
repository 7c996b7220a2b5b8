import { useEffect, useLayoutEffect, useRef } from "react";
import type { JourneyMap } from "@kundresa/shared";
import { copySelection, parseClipboard } from "../canvas/clipboard";
import type { EditorCommands } from "./useEditorCommands";

interface ShortcutInputs {
  commands: EditorCommands;
  map: JourneyMap;
  selection: ReadonlySet<string>;
  readOnly: boolean;
  clearSelection: () => void;
  showShortcuts: () => void;
}

/** Typing in a field, or a dialog on top: the keys belong to that, not to the canvas. */
function keysBelongElsewhere(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (element?.closest?.("input, textarea, select, [contenteditable=true], .SidePanelSlot")) return true;
  return document.querySelector("dialog[open]") !== null;
}

/**
 * The editor's keyboard shortcuts (the cheat-sheet lists them) and copy/paste through the system
 * clipboard, so a copy can travel to another map's tab.
 */
export function useShortcuts(inputs: ShortcutInputs): void {
  const ref = useRef(inputs);
  useLayoutEffect(() => {
    ref.current = inputs;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (keysBelongElsewhere(event.target)) return;
      const { commands, readOnly } = ref.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const handled = (run: () => void) => {
        event.preventDefault();
        run();
      };
      if (mod && key === "z" && !event.shiftKey) return handled(commands.undo);
      if (mod && ((key === "z" && event.shiftKey) || key === "y")) return handled(commands.redo);
      if (mod && key === "a") return handled(commands.selectAll);
      if (mod || event.altKey) return;
      if (event.key === "?") return handled(ref.current.showShortcuts);
      if (key === "f") return handled(commands.fit);
      if (event.key === "+" || event.key === "=") return handled(commands.zoomIn);
      if (event.key === "-") return handled(commands.zoomOut);
      if (event.key === "Escape") return handled(ref.current.clearSelection);
      if (readOnly) return;
      if (key === "n") return handled(commands.createInView);
      if (event.key === "Delete" || event.key === "Backspace") return handled(commands.deleteSelection);
    }
    function onCopy(event: ClipboardEvent) {
      if (keysBelongElsewhere(event.target) || !event.clipboardData) return;
      const payload = copySelection(ref.current.map, ref.current.selection);
      if (!payload) return;
      event.preventDefault();
      event.clipboardData.setData("text/plain", JSON.stringify(payload));
    }
    function onPaste(event: ClipboardEvent) {
      if (ref.current.readOnly || keysBelongElsewhere(event.target) || !event.clipboardData) return;
      const payload = parseClipboard(event.clipboardData.getData("text/plain"));
      if (!payload) return;
      event.preventDefault();
      ref.current.commands.paste(payload);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("copy", onCopy);
    document.addEventListener("paste", onPaste);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("paste", onPaste);
    };
  }, []);
}
