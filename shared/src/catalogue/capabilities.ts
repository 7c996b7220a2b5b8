import type { Localized } from "./locale";

export const CAPABILITY_AREAS = ["marketing", "sales", "service", "core"] as const;
export type CapabilityArea = (typeof CAPABILITY_AREAS)[number];

export const CAPABILITY_AREA_LABELS: Readonly<Record<CapabilityArea, Localized>> = {
  marketing: { en: "Marketing", sv: "Marknadsföring" },
  sales: { en: "Sales", sv: "Försäljning" },
  service: { en: "Service and support", sv: "Service och support" },
  core: { en: "Core", sv: "Bas" },
};

/**
 * The CRM capabilities (IT-stöd areas) of the seed checklist. Touchpoints store the English name as
 * free text, so a team can also type its own; these are the suggestions. Some names recur in two
 * areas, as in the seed.
 */
export const CRM_CAPABILITIES: Readonly<Record<CapabilityArea, readonly string[]>> = {
  marketing: [
    "Customer analysis",
    "Segmentation",
    "Campaign management",
    "Direct marketing",
    "Leads management",
    "Marketing encyclopedia",
    "Marketing management",
  ],
  sales: [
    "Team selling",
    "Installed base management",
    "Sales forecast management",
    "Order management",
    "Product configuration & pricing",
    "Proposal management",
    "Opportunity management",
  ],
  service: [
    "Club",
    "Knowledge management",
    "Problem resolution",
    "Field service management",
    "Installed base management",
    "Contact management",
    "Case management",
    "Call tracking",
  ],
  core: [
    "Account management",
    "Contact management",
    "Escalation management",
    "Literature fulfillment",
    "Activity management",
    "Calendar management",
    "Business Intelligence",
    "Channel management",
    "Content management",
  ],
};

/** Every distinct capability name, in catalogue order. */
export function allCapabilities(): string[] {
  return [...new Set(CAPABILITY_AREAS.flatMap((area) => CRM_CAPABILITIES[area]))];
}
