/**
 * The facilitation features' words that show before their parts load: the buttons and counts in
 * the top bar, the export menu, the side panel's tabs and the cards. The rest of each feature's
 * words load with it (see `registerMessages`).
 */
export const en = {
  "comments.tab": "Comments",
  "comments.tab.badge": "{count} open",
  "comments.card.count": "{count} open comment threads",
  "comments.card.countOne": "1 open comment thread",
  "history.button": "History",
  "history.button.title": "Version history",
  "pdf.menu": "PDF for printing (.pdf)…",
  "pdf.menuHint": "Vector, fitted to A4–A0, Letter or Tabloid: sharp on the wall",
  "voting.button": "Dot vote",
  "voting.button.running": "Vote running",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "comments.tab": "Kommentarer",
  "comments.tab.badge": "{count} öppna",
  "comments.card.count": "{count} öppna kommentarstrådar",
  "comments.card.countOne": "1 öppen kommentarstråd",
  "history.button": "Historik",
  "history.button.title": "Versionshistorik",
  "pdf.menu": "PDF för utskrift (.pdf)…",
  "pdf.menuHint": "Vektor, anpassad till A4–A0, Letter eller Tabloid: skarp på väggen",
  "voting.button": "Prickröstning",
  "voting.button.running": "Röstning pågår",
} as const;
