/** The workshop countdown in the top bar: shared by everyone on the map. */
export const en = {
  "timer.region": "Workshop timer",
  "timer.open": "Timer",
  "timer.openLabel": "Start a workshop timer everyone sees",
  "timer.startedBy": "Started by {name}",
  "timer.startedByNobody": "Shared countdown",
  "timer.pause": "Pause timer",
  "timer.resume": "Resume timer",
  "timer.restart": "Start {time} again",
  "timer.addMinute": "+1 min",
  "timer.addMinuteLabel": "Add one minute",
  "timer.stop": "Stop timer",
  "timer.mute": "Mute the chime on this device",
  "timer.paused": "Paused",
  "timer.timesUp": "Time's up",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "timer.region": "Workshoptimer",
  "timer.open": "Timer",
  "timer.openLabel": "Starta en workshoptimer som alla ser",
  "timer.startedBy": "Startad av {name}",
  "timer.startedByNobody": "Gemensam nedräkning",
  "timer.pause": "Pausa timern",
  "timer.resume": "Fortsätt timern",
  "timer.restart": "Starta {time} igen",
  "timer.addMinute": "+1 min",
  "timer.addMinuteLabel": "Lägg till en minut",
  "timer.stop": "Stoppa timern",
  "timer.mute": "Stäng av klockljudet på den här enheten",
  "timer.paused": "Pausad",
  "timer.timesUp": "Tiden är ute",
};
