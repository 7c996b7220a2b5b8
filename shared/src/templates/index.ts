import { bookClub } from "./bookClub";
import { broadbandSubscription } from "./broadbandSubscription";
import { installerLoyaltyB2b } from "./installerLoyaltyB2b";
import { magazineSubscription } from "./magazineSubscription";
import { mailOrderEcommerce } from "./mailOrderEcommerce";
import { retailCustomerClub } from "./retailCustomerClub";
import type { JourneyTemplate } from "./templateBuilder";

export type { JourneyTemplate } from "./templateBuilder";

/**
 * The starter templates, in the order the editor offers them: the seed's B2C retail club, the four
 * direct-marketing concepts, then B2B. Ids are unique and stable (links and saved choices use them).
 */
export const TEMPLATES: readonly JourneyTemplate[] = [
  retailCustomerClub,
  broadbandSubscription,
  magazineSubscription,
  bookClub,
  mailOrderEcommerce,
  installerLoyaltyB2b,
];

/** The template with this id, or `undefined` when there is none. */
export function templateById(id: string): JourneyTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
