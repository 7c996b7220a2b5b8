/** The channel × IT-support grid, opened on demand: loads with it (`ItSupportMatrix`). */
export const en = {
  "panels.itMatrix.caption": "Touchpoints per channel and IT-support level",
  "panels.itMatrix.channel": "Channel",
  "panels.itMatrix.total": "Total",
  "panels.itMatrix.showUnused": "Show unused channels",
  "panels.itMatrix.hidden": "{n} unused hidden",
  "panels.itMatrix.withoutChannel": "No known channel",
  "panels.itMatrix.allUses": "All channel uses",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "panels.itMatrix.caption": "Kontaktpunkter per kanal och nivå av IT-stöd",
  "panels.itMatrix.channel": "Kanal",
  "panels.itMatrix.total": "Totalt",
  "panels.itMatrix.showUnused": "Visa oanvända kanaler",
  "panels.itMatrix.hidden": "{n} oanvända dolda",
  "panels.itMatrix.withoutChannel": "Ingen känd kanal",
  "panels.itMatrix.allUses": "Alla kanalanvändningar",
};
