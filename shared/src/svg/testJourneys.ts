import { defaultChannels } from "../catalogue/channels";
import { CURRENT_VERSION, FORMAT_ID, defaultCoverage, type JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import { stackedPosition } from "../layout/metrics";

/**
 * Maps for the renderer's tests and the browser check: built here rather than taken from the
 * templates, so the SVG tests pin down what they assert whatever the templates become.
 */

type Extra = Partial<Omit<Touchpoint, "id" | "title" | "stageId" | "channelIds" | "itSupport">>;

function touchpoint(
  id: string,
  title: string,
  stageId: string,
  channelIds: string[],
  itSupport: Touchpoint["itSupport"],
  slot: number,
  extra: Extra = {},
): Touchpoint {
  return {
    id,
    title,
    stageId,
    channelIds,
    itSupport,
    critical: false,
    owner: "",
    notes: "",
    painPoints: [],
    opportunities: [],
    capabilities: [],
    position: stackedPosition(slot),
    ...extra,
  };
}

/**
 * An electricity contract, 20 touchpoints over 6 stages: every IT-support level, critical
 * meetings, emotions, labelled steps, a re-purchase loop, and one coverage gap (no service
 * touchpoint before purchase).
 */
export function electricityJourney(): JourneyMap {
  const t = touchpoint;
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: "Electricity contract — household customer",
    description:
      "A household moves to a new flat and picks an electricity contract; the goal is a second contract period.",
    market: "b2c",
    coverage: defaultCoverage(),
    stages: [
      { id: "s-aware", phase: "before", title: "Awareness" },
      { id: "s-compare", phase: "before", title: "Compare offers" },
      { id: "s-sign", phase: "during", title: "Sign-up" },
      { id: "s-switch", phase: "during", title: "Switch-over" },
      { id: "s-use", phase: "after", title: "Billing and everyday use" },
      { id: "s-renew", phase: "after", title: "Renewal" },
    ],
    channels: defaultChannels("en"),
    touchpoints: [
      t("t1", "Sees a campaign for fixed-price electricity", "s-aware", ["public-website"], "none", 0, {
        emotion: 0,
        owner: "Marketing",
      }),
      t("t2", "Reads the customer magazine at a friend's", "s-aware", ["customer-magazine"], "unknown", 1),
      t("t3", "Gets a price comparison e-mail", "s-aware", ["email"], "standalone", 0, {
        emotion: 1,
        owner: "CRM team",
      }),
      t("t4", "Compares offers online", "s-compare", ["e-commerce", "public-website"], "integrated", 0, {
        emotion: 1,
        owner: "E-commerce",
      }),
      t("t5", "Chats with sales about the variable price", "s-compare", ["chat", "inside-sales"], "standalone", 0, {
        emotion: -1,
      }),
      t("t6", "Orders in the web shop", "s-sign", ["e-commerce"], "integrated", 0, {
        emotion: 2,
        critical: true,
        owner: "E-commerce",
      }),
      t("t7", "Signs the contract with BankID", "s-sign", ["e-commerce", "extranet"], "integrated", 1, { emotion: 1 }),
      t("t8", "Order confirmation and welcome letter", "s-sign", ["email", "letter"], "integrated", 0, { emotion: 1 }),
      t("t9", "Old supplier calls to win the customer back", "s-switch", ["telemarketing"], "none", 0, { emotion: -2 }),
      t("t10", "Meter reading reported at move-in", "s-switch", ["service-web"], "standalone", 0, {
        emotion: -1,
        critical: true,
        owner: "Metering",
      }),
      t("t11", "SMS: the contract starts tomorrow", "s-switch", ["sms"], "integrated", 0, { emotion: 1 }),
      t("t12", "First invoice is higher than expected", "s-use", ["letter", "email"], "none", 0, {
        emotion: -2,
        critical: true,
        owner: "Billing",
      }),
      t(
        "t13",
        "Calls customer service about the invoice",
        "s-use",
        ["call-center", "phone-personal"],
        "standalone",
        0,
        { emotion: -1, owner: "Customer service" },
      ),
      t("t14", "Uses My Pages for consumption and invoices", "s-use", ["customer-web-portal"], "integrated", 0, {
        emotion: 1,
      }),
      t("t15", "Gets energy-saving tips in the app", "s-use", ["customer-club", "internet"], "unknown", 1, {
        emotion: 0,
      }),
      t("t16", "Reminder: the fixed-price period ends", "s-renew", ["email-direct-marketing"], "integrated", 0, {
        emotion: 0,
      }),
      t("t17", "Renews with a loyalty discount", "s-renew", ["inside-sales", "phone-personal"], "integrated", 0, {
        emotion: 2,
        critical: true,
      }),
      t("t18", "Loyalty programme points for the second year", "s-renew", ["loyalty-programme"], "unknown", 1),
      t("t19", "Support ticket about a late payment", "s-use", ["support"], "standalone", 1, { emotion: -1 }),
      t("t20", "Renewal confirmed by SMS", "s-renew", ["sms"], "integrated", 0, { emotion: 1 }),
    ],
    connections: [
      { id: "c1", from: "t1", to: "t4", label: "" },
      { id: "c2", from: "t3", to: "t4", label: "clicks through" },
      { id: "c3", from: "t4", to: "t5", label: "" },
      { id: "c4", from: "t4", to: "t6", label: "" },
      { id: "c5", from: "t6", to: "t7", label: "" },
      { id: "c6", from: "t7", to: "t8", label: "" },
      { id: "c7", from: "t8", to: "t11", label: "" },
      { id: "c8", from: "t8", to: "t10", label: "" },
      { id: "c9", from: "t11", to: "t12", label: "" },
      { id: "c10", from: "t12", to: "t13", label: "complains" },
      { id: "c11", from: "t13", to: "t14", label: "" },
      { id: "c12", from: "t14", to: "t16", label: "" },
      { id: "c13", from: "t16", to: "t17", label: "" },
      { id: "c14", from: "t17", to: "t20", label: "" },
      { id: "c15", from: "t20", to: "t1", label: "" },
      { id: "c16", from: "t9", to: "t11", label: "" },
    ],
  };
}

/** A title with every character XML and CDATA treat specially, and an emoji (a surrogate pair). */
export const NASTY_TITLE = `Price <b>"fair"</b> & clear ]]> 'quoted' 🎉 done`;

/**
 * What a map in the middle of being edited holds: a phase with no stage, a touchpoint in a removed
 * stage, one with an unknown channel only, one with no channel, a negative position, a nasty title.
 */
export function unfinishedJourney(): JourneyMap {
  const t = touchpoint;
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: `Draft <journey> & "more"`,
    description: "",
    coverage: defaultCoverage(),
    stages: [
      { id: "s-before", phase: "before", title: "Looking around" },
      { id: "s-after", phase: "after", title: "Using it" },
    ],
    channels: defaultChannels("en"),
    touchpoints: [
      t("a", NASTY_TITLE, "s-before", ["email", "sales-typo"], "integrated", 0, { emotion: 2 }),
      t("b", "Lost in a removed stage", "s-gone", ["support"], "none", 0),
      t("c", "Channel renamed away", "s-after", ["old-channel"], "unknown", 0, { position: { x: -40, y: -12 } }),
      t("d", "No channel picked yet", "s-after", [], "standalone", 1),
    ],
    connections: [
      { id: "k1", from: "a", to: "c", label: "" },
      { id: "k2", from: "c", to: "missing", label: "" },
    ],
  };
}
