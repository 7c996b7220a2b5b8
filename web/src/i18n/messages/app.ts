export const en = {
  "app.name": "Kundresa",
  "app.tagline": "Customer-journey maps a whole workshop edits live",
  "language.switch": "Language",
  "language.en": "English",
  "language.sv": "Svenska",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "app.name": "Kundresa",
  "app.tagline": "Kundresor som hela workshoppen redigerar live",
  "language.switch": "Språk",
  "language.en": "English",
  "language.sv": "Svenska",
};
