/** Presenter mode's bar and gaps slide (loaded with them). */
export const en = {
  "present.label": "Presenter controls",
  "present.exit": "Exit presenter mode (Esc)",
  "present.previous": "Previous (←)",
  "present.next": "Next (→)",
  "present.overview": "The whole journey",
  "present.stage": "Stage {index} of {count}",
  "present.gaps": "Where the journey has gaps",
  "present.spotlight": "Spotlight the phase (S)",
  "present.gapsSlide": "Gaps slide (G)",
  "present.bringAlong": "Everyone follows me",
  "present.hint": "← → step through the stages · S spotlight · G gaps · Esc exit",
  "present.gaps.none":
    "No gaps: every required channel category is covered in every phase, and no critical touchpoint lacks IT support.",
  "present.gaps.coverage": "Channel coverage",
  "present.gaps.issues": "What needs attention",
  "present.gaps.more": "and {count} more",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "present.label": "Presentationskontroller",
  "present.exit": "Avsluta presentationen (Esc)",
  "present.previous": "Föregående (←)",
  "present.next": "Nästa (→)",
  "present.overview": "Hela kundresan",
  "present.stage": "Steg {index} av {count}",
  "present.gaps": "Där kundresan har luckor",
  "present.spotlight": "Framhäv fasen (S)",
  "present.gapsSlide": "Luckor (G)",
  "present.bringAlong": "Alla följer mig",
  "present.hint": "← → stega genom stegen · S framhäv · G luckor · Esc avsluta",
  "present.gaps.none":
    "Inga luckor: varje krävd kanalkategori finns i varje fas, och ingen kritisk kontaktpunkt saknar IT-stöd.",
  "present.gaps.coverage": "Kanaltäckning",
  "present.gaps.issues": "Det här behöver åtgärdas",
  "present.gaps.more": "och {count} till",
} as const;
