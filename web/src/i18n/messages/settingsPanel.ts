/** The Map tab: title, description, market and coverage requirements (loaded with it). */
export const en = {
  "panels.settings.about": "About this map",
  "panels.settings.title": "Title",
  "panels.settings.description": "Description",
  "panels.settings.description.placeholder": "Whose journey is this, and what should it achieve?",
  "panels.settings.market": "Market",
  "panels.settings.market.unset": "Not set",
  "panels.settings.market.unset.detail": "The team has not said who the customer is.",
  "panels.settings.market.b2b.detail": "Business to business: the customer is a company.",
  "panels.settings.market.b2c.detail": "Business to consumer: the customer is a private person.",
  "panels.settings.market.b2b2c.detail": "Through a partner or reseller to the end consumer.",
  "panels.settings.coverage": "Coverage requirements",
  "panels.settings.coverage.hint":
    "Tick the channel categories each phase must reach. A ticked cell without touchpoints shows up as a coverage gap.",
  "panels.settings.coverage.require": "Require {category} in {phase}",
  "panels.settings.coverage.required": "required",
  "panels.settings.coverage.optional": "not required",
  "panels.settings.coverage.reset": "Reset to sales, service and communication",
  "panels.settings.coverage.hint.readOnly":
    "The channel categories each phase must reach. A required cell without touchpoints shows up as a coverage gap.",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "panels.settings.about": "Om kartan",
  "panels.settings.title": "Rubrik",
  "panels.settings.description": "Beskrivning",
  "panels.settings.description.placeholder": "Vems resa är det här, och vad ska den uppnå?",
  "panels.settings.market": "Marknad",
  "panels.settings.market.unset": "Ej angiven",
  "panels.settings.market.unset.detail": "Teamet har inte sagt vem kunden är.",
  "panels.settings.market.b2b.detail": "Företag till företag: kunden är ett företag.",
  "panels.settings.market.b2c.detail": "Företag till konsument: kunden är en privatperson.",
  "panels.settings.market.b2b2c.detail": "Via en partner eller återförsäljare till slutkonsumenten.",
  "panels.settings.coverage": "Krav på täckning",
  "panels.settings.coverage.hint":
    "Kryssa i de kanalkategorier varje fas måste nå. En ikryssad ruta utan kontaktpunkter visas som en täckningslucka.",
  "panels.settings.coverage.require": "Kräv {category} i {phase}",
  "panels.settings.coverage.required": "krävs",
  "panels.settings.coverage.optional": "krävs inte",
  "panels.settings.coverage.reset": "Återställ till sälj, service och kommunikation",
  "panels.settings.coverage.hint.readOnly":
    "De kanalkategorier varje fas måste nå. En krävd ruta utan kontaktpunkter visas som en täckningslucka.",
} as const;
