/** The Stages tab: stage management (loaded with it). */
export const en = {
  "panels.stages.none": "No stage yet: touchpoints cannot sit in this phase.",
  "panels.stages.name": "Name of stage {n} in {phase}",
  "panels.stages.moveUp": "Move “{title}” up",
  "panels.stages.moveDown": "Move “{title}” down",
  "panels.stages.delete": "Delete stage “{title}”",
  "panels.stages.add": "Add stage",
  "panels.stages.add.label": "Name of the new stage in {phase}",
  "panels.stages.add.placeholder": "Stage name, then Enter",
  "panels.stages.delete.title": "Delete the stage “{title}”?",
  "panels.stages.delete.confirm": "Delete stage",
  "panels.stages.delete.empty": "No touchpoint sits in this stage, so nothing else changes.",
  "panels.stages.delete.question.one": "1 touchpoint sits in this stage. What should happen to it?",
  "panels.stages.delete.question.other": "{n} touchpoints sit in this stage. What should happen to them?",
  "panels.stages.delete.move": "Move to another stage",
  "panels.stages.delete.target": "Stage to move the touchpoints to",
  "panels.stages.delete.remove": "Delete with the stage ({count})",
  "panels.stages.delete.removeDetail": "Their connections are deleted with them. Undo brings everything back.",
  "panels.stages.delete.lastInPhase":
    "This is the last stage of {phase}. Until you add another, no touchpoint can sit in that phase.",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "panels.stages.none": "Inget steg ännu: inga kontaktpunkter kan ligga i den här fasen.",
  "panels.stages.name": "Namn på steg {n} i {phase}",
  "panels.stages.moveUp": "Flytta ”{title}” uppåt",
  "panels.stages.moveDown": "Flytta ”{title}” nedåt",
  "panels.stages.delete": "Ta bort steget ”{title}”",
  "panels.stages.add": "Lägg till steg",
  "panels.stages.add.label": "Namn på det nya steget i {phase}",
  "panels.stages.add.placeholder": "Stegets namn, sedan Enter",
  "panels.stages.delete.title": "Ta bort steget ”{title}”?",
  "panels.stages.delete.confirm": "Ta bort steget",
  "panels.stages.delete.empty": "Inga kontaktpunkter ligger i steget, så inget annat ändras.",
  "panels.stages.delete.question.one": "1 kontaktpunkt ligger i steget. Vad ska hända med den?",
  "panels.stages.delete.question.other": "{n} kontaktpunkter ligger i steget. Vad ska hända med dem?",
  "panels.stages.delete.move": "Flytta till ett annat steg",
  "panels.stages.delete.target": "Steg att flytta kontaktpunkterna till",
  "panels.stages.delete.remove": "Ta bort med steget ({count})",
  "panels.stages.delete.removeDetail": "Deras kopplingar tas bort med dem. Ångra tar tillbaka allt.",
  "panels.stages.delete.lastInPhase":
    "Det här är det sista steget i {phase}. Tills du lägger till ett nytt kan inga kontaktpunkter ligga i fasen.",
} as const;
