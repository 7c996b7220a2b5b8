/** The repair view for document entries that do not fit the format (`doc.invalid-entry`). */
export const en = {
  "repair.title": "Repair {entry}",
  "repair.intro":
    "Someone's client stored this in a form the journey-map format does not allow, so the map leaves it out. Nothing is lost: correct it below, or remove it.",
  "repair.problems": "What is wrong",
  "repair.problem.whole": "the entry",
  "repair.json.label": "The entry as stored (JSON)",
  "repair.json.hint": "Edit the JSON and save: it is checked against the format first.",
  "repair.json.syntax": "This is not valid JSON: {message}",
  "repair.save": "Save repair",
  "repair.remove": "Remove entry",
  "repair.remove.confirm": "Remove it for everyone",
  "repair.remove.question": "Remove this entry from the map for everyone? Undo brings it back.",
  "repair.remove.touchpoint": "Its connections go with it.",
  "repair.onlyRemove": "It is valid in itself but cannot be kept as it is ({reason}); it can only be removed.",
  "repair.noAction":
    "This cannot be repaired from here: the problem is in how this device opened the document. Reload the page.",
  "repair.readOnly": "You are viewing this map: only someone with the edit link can repair it.",
  "repair.changed": "Someone changed this entry meanwhile, so this view is out of date.",
  "repair.reload": "Show it as it is now",
  "repair.fixed": "This entry has been repaired (or removed) meanwhile: nothing is left to do.",
  "repair.close": "Close",
  "repair.copy": "Copy JSON",
  "repair.copied": "Copied",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "repair.title": "Laga {entry}",
  "repair.intro":
    "Någons klient har sparat det här i en form som kartformatet inte tillåter, så kartan visar det inte. Inget har gått förlorat: rätta det nedan eller ta bort det.",
  "repair.problems": "Vad som är fel",
  "repair.problem.whole": "posten",
  "repair.json.label": "Posten som den är sparad (JSON)",
  "repair.json.hint": "Ändra JSON och spara: den kontrolleras mot formatet först.",
  "repair.json.syntax": "Det här är inte giltig JSON: {message}",
  "repair.save": "Spara lagningen",
  "repair.remove": "Ta bort posten",
  "repair.remove.confirm": "Ta bort för alla",
  "repair.remove.question": "Ta bort posten från kartan för alla? Ångra tar tillbaka den.",
  "repair.remove.touchpoint": "Dess kopplingar försvinner också.",
  "repair.onlyRemove": "Den är giltig i sig men kan inte behållas som den är ({reason}); den kan bara tas bort.",
  "repair.noAction":
    "Det här går inte att laga härifrån: felet ligger i hur den här enheten öppnade dokumentet. Ladda om sidan.",
  "repair.readOnly": "Du tittar på kartan: bara den som har redigeringslänken kan laga den.",
  "repair.changed": "Någon har ändrat posten under tiden, så den här vyn är inaktuell.",
  "repair.reload": "Visa den som den är nu",
  "repair.fixed": "Posten har lagats (eller tagits bort) under tiden: inget återstår att göra.",
  "repair.close": "Stäng",
  "repair.copy": "Kopiera JSON",
  "repair.copied": "Kopierat",
};
