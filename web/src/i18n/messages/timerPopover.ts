/** The timer's start popover (presets and a custom time): loads with it (`StartTimerPopover`). */
export const en = {
  "timer.presets": "Quick start",
  "timer.preset": "{minutes} min",
  "timer.presetLabel": "Start a {minutes}-minute timer",
  "timer.custom": "Custom time (m:ss)",
  "timer.customPlaceholder": "2:30",
  "timer.customStart": "Start",
  "timer.customInvalid": "Write minutes and seconds, like 2:30 or 0:45 (at most {max} minutes).",
  "timer.hint": "Everyone on this map sees the countdown and hears a soft chime at the end.",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "timer.presets": "Snabbstart",
  "timer.preset": "{minutes} min",
  "timer.presetLabel": "Starta en timer på {minutes} minuter",
  "timer.custom": "Egen tid (m:ss)",
  "timer.customPlaceholder": "2:30",
  "timer.customStart": "Starta",
  "timer.customInvalid": "Skriv minuter och sekunder, till exempel 2:30 eller 0:45 (högst {max} minuter).",
  "timer.hint": "Alla på kartan ser nedräkningen och hör en mjuk klocka när tiden är slut.",
};
