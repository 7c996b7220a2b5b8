import type { JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import { stackedPosition } from "../layout/metrics";
import { connection, stage, testJourney, touchpoint as sharedTouchpoint } from "../testing/journeyFixtures";

/**
 * Maps for the renderer's tests and the browser check: built here rather than taken from the
 * templates, so the SVG tests pin down what they assert whatever the templates become.
 */

type Extra = Partial<Omit<Touchpoint, "id" | "title" | "stageId" | "channelIds" | "itSupport">>;

/** A touchpoint in the `slot`-th stacked position of its cell. */
function touchpoint(
  id: string,
  title: string,
  stageId: string,
  channelIds: string[],
  itSupport: Touchpoint["itSupport"],
  slot: number,
  extra: Extra = {},
): Touchpoint {
  return sharedTouchpoint({ id, title, stageId, channelIds, itSupport, position: stackedPosition(slot), ...extra });
}

/**
 * An electricity contract, 20 touchpoints over 6 stages: every IT-support level, critical
 * meetings, emotions, labelled steps, a re-purchase loop, and one coverage gap (no service
 * touchpoint before purchase).
 */
export function electricityJourney(): JourneyMap {
  const t = touchpoint;
  return testJourney({
    title: "Electricity contract — household customer",
    description:
      "A household moves to a new flat and picks an electricity contract; the goal is a second contract period.",
    market: "b2c",
    stages: [
      stage("s-aware", "before", "Awareness"),
      stage("s-compare", "before", "Compare offers"),
      stage("s-sign", "during", "Sign-up"),
      stage("s-switch", "during", "Switch-over"),
      stage("s-use", "after", "Billing and everyday use"),
      stage("s-renew", "after", "Renewal"),
    ],
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
      connection("c1", "t1", "t4"),
      connection("c2", "t3", "t4", "clicks through"),
      connection("c3", "t4", "t5"),
      connection("c4", "t4", "t6"),
      connection("c5", "t6", "t7"),
      connection("c6", "t7", "t8"),
      connection("c7", "t8", "t11"),
      connection("c8", "t8", "t10"),
      connection("c9", "t11", "t12"),
      connection("c10", "t12", "t13", "complains"),
      connection("c11", "t13", "t14"),
      connection("c12", "t14", "t16"),
      connection("c13", "t16", "t17"),
      connection("c14", "t17", "t20"),
      connection("c15", "t20", "t1"),
      connection("c16", "t9", "t11"),
    ],
  });
}

/** A title with every character XML and CDATA treat specially, and an emoji (a surrogate pair). */
export const NASTY_TITLE = `Price <b>"fair"</b> & clear ]]> 'quoted' 🎉 done`;

/**
 * What a map in the middle of being edited holds: a phase with no stage, a touchpoint in a removed
 * stage, one with an unknown channel only, one with no channel, a negative position, a nasty title.
 */
export function unfinishedJourney(): JourneyMap {
  const t = touchpoint;
  return testJourney({
    title: `Draft <journey> & "more"`,
    stages: [stage("s-before", "before", "Looking around"), stage("s-after", "after", "Using it")],
    touchpoints: [
      t("a", NASTY_TITLE, "s-before", ["email", "sales-typo"], "integrated", 0, { emotion: 2 }),
      t("b", "Lost in a removed stage", "s-gone", ["support"], "none", 0),
      t("c", "Channel renamed away", "s-after", ["old-channel"], "unknown", 0, { position: { x: -40, y: -12 } }),
      t("d", "No channel picked yet", "s-after", [], "standalone", 1),
    ],
    connections: [connection("k1", "a", "c"), connection("k2", "c", "missing")],
  });
}
