/** The Channels tab: the channel catalogue editor (loaded with it). */
export const en = {
  "panels.channels.filter": "Filter channels",
  "panels.channels.filter.placeholder": "Filter {n} channels…",
  "panels.channels.empty": "No channels in this category yet.",
  "panels.channels.name": "Name of {name}",
  "panels.channels.category": "Category of {name}",
  "panels.channels.delete": "Delete {name}",
  "panels.channels.custom": "own",
  "panels.channels.add.title": "Add a channel",
  "panels.channels.add.name": "Name",
  "panels.channels.add.placeholder": "e.g. Instagram",
  "panels.channels.add.category": "Category",
  "panels.channels.add.button": "Add channel",
  "panels.channels.delete.title": "Delete the channel “{name}”?",
  "panels.channels.delete.confirm": "Delete channel",
  "panels.channels.delete.unused": "No touchpoint uses it, so nothing else changes.",
  "panels.channels.delete.used.one": "1 touchpoint uses this channel. What should happen to it?",
  "panels.channels.delete.used.other": "{n} touchpoints use this channel. What should happen to them?",
  "panels.channels.delete.strip": "Remove the channel from the touchpoints",
  "panels.channels.delete.stripDetail":
    "They keep their other channels; one left without any channel is flagged as having none.",
  "panels.channels.delete.keep": "Keep it on the touchpoints",
  "panels.channels.delete.keepDetail":
    "They show it as a red “not in catalogue” chip and validation reports it as an unknown channel until someone fixes it.",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "panels.channels.filter": "Filtrera kanaler",
  "panels.channels.filter.placeholder": "Filtrera {n} kanaler…",
  "panels.channels.empty": "Inga kanaler i kategorin ännu.",
  "panels.channels.name": "Namn på {name}",
  "panels.channels.category": "Kategori för {name}",
  "panels.channels.delete": "Ta bort {name}",
  "panels.channels.custom": "egen",
  "panels.channels.add.title": "Lägg till en kanal",
  "panels.channels.add.name": "Namn",
  "panels.channels.add.placeholder": "t.ex. Instagram",
  "panels.channels.add.category": "Kategori",
  "panels.channels.add.button": "Lägg till kanal",
  "panels.channels.delete.title": "Ta bort kanalen ”{name}”?",
  "panels.channels.delete.confirm": "Ta bort kanalen",
  "panels.channels.delete.unused": "Ingen kontaktpunkt använder den, så inget annat ändras.",
  "panels.channels.delete.used.one": "1 kontaktpunkt använder kanalen. Vad ska hända med den?",
  "panels.channels.delete.used.other": "{n} kontaktpunkter använder kanalen. Vad ska hända med dem?",
  "panels.channels.delete.strip": "Ta bort kanalen från kontaktpunkterna",
  "panels.channels.delete.stripDetail":
    "De behåller sina andra kanaler; en som blir utan kanal flaggas för att sakna kanal.",
  "panels.channels.delete.keep": "Behåll den på kontaktpunkterna",
  "panels.channels.delete.keepDetail":
    "De visar den som en röd ”finns inte i katalogen”-etikett och valideringen rapporterar en okänd kanal tills någon rättar det.",
} as const;
