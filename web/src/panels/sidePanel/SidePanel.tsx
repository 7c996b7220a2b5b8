import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import type { Locale, ValidationReport } from "@kundresa/shared";
import type { MessageKey } from "../../i18n/messages";
import { CardIcon, ColumnsIcon, CommentIcon, MapIcon, ShieldCheckIcon, TagIcon } from "../controls/icons";
import { usePanelText } from "../panelText";
import "./SidePanel.css";

export type SidePanelTab = "validation" | "inspector" | "comments" | "stages" | "channels" | "map";

export const SIDE_PANEL_TABS: readonly SidePanelTab[] = [
  "validation",
  "inspector",
  "comments",
  "stages",
  "channels",
  "map",
];

const TAB_LABEL: Record<SidePanelTab, MessageKey> = {
  validation: "panels.tabs.validation",
  inspector: "panels.tabs.inspector",
  comments: "comments.tab",
  stages: "panels.tabs.stages",
  channels: "panels.tabs.channels",
  map: "panels.tabs.map",
};

const TAB_ICON: Record<SidePanelTab, typeof CardIcon> = {
  validation: ShieldCheckIcon,
  inspector: CardIcon,
  comments: CommentIcon,
  stages: ColumnsIcon,
  channels: TagIcon,
  map: MapIcon,
};

export interface SidePanelProps {
  locale: Locale;
  activeTab: SidePanelTab;
  onTabChange: (tab: SidePanelTab) => void;
  /** Which tabs to offer, in order (default: all six). */
  tabs?: readonly SidePanelTab[];
  /** The report's summary: the Validation tab shows a badge with the worst count. */
  summary?: ValidationReport["summary"];
  /** Open comment threads on the map: the Comments tab shows them as a count. */
  openComments?: number;
  /** The active tab's content, or a function of the active tab. */
  children: ReactNode | ((tab: SidePanelTab) => ReactNode);
  className?: string;
}

/** The dot on the Validation tab's icon: the worst count, or a check when nothing needs attention. */
function Badge({ summary }: { summary: ValidationReport["summary"] }) {
  if (summary.errors === 0 && summary.warnings === 0) {
    return (
      <span className="side-panel-badge side-panel-badge--clean" aria-hidden="true">
        ✓
      </span>
    );
  }
  const tone = summary.errors > 0 ? "error" : "warning";
  return (
    <span className={`side-panel-badge side-panel-badge--${tone}`} aria-hidden="true">
      {summary.errors > 0 ? summary.errors : summary.warnings}
    </span>
  );
}

/**
 * The editor's right-hand panel: tabs (ARIA tabs pattern: one tab stop, arrows move and select,
 * Home/End) over one scrolling content area. Which tab is open belongs to the editor (it switches to
 * the inspector on selection), so this component is controlled.
 */
export function SidePanel({
  locale,
  activeTab,
  onTabChange,
  tabs = SIDE_PANEL_TABS,
  summary,
  openComments = 0,
  children,
  className,
}: SidePanelProps) {
  const t = usePanelText(locale);
  const baseId = useId();
  const buttons = useRef(new Map<SidePanelTab, HTMLButtonElement>());
  const tabId = (tab: SidePanelTab) => `${baseId}-tab-${tab}`;
  const panelId = `${baseId}-panel`;

  const select = (tab: SidePanelTab | undefined) => {
    if (!tab) return;
    buttons.current.get(tab)?.focus();
    if (tab !== activeTab) onTabChange(tab);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.indexOf(activeTab);
    const last = tabs.length - 1;
    const target =
      event.key === "ArrowRight"
        ? tabs[index >= last ? 0 : index + 1]
        : event.key === "ArrowLeft"
          ? tabs[index <= 0 ? last : index - 1]
          : event.key === "Home"
            ? tabs[0]
            : event.key === "End"
              ? tabs[last]
              : undefined;
    if (!target) return;
    event.preventDefault();
    select(target);
  };

  return (
    <aside className={["side-panel", className ?? ""].join(" ").trim()} aria-label={t("panels.tabs.label")}>
      <div role="tablist" aria-label={t("panels.tabs.label")} className="side-panel-tabs">
        {tabs.map((tab) => {
          const Icon = TAB_ICON[tab];
          const selected = tab === activeTab;
          return (
            <button
              key={tab}
              ref={(element) => {
                if (element) buttons.current.set(tab, element);
                else buttons.current.delete(tab);
              }}
              id={tabId(tab)}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={selected ? panelId : undefined}
              tabIndex={selected ? 0 : -1}
              className={`side-panel-tab${selected ? " side-panel-tab--active" : ""}`}
              onClick={() => select(tab)}
              onKeyDown={onKeyDown}
            >
              <span className="side-panel-tab-icon">
                <Icon size={16} />
                {tab === "validation" && summary && <Badge summary={summary} />}
                {tab === "comments" && openComments > 0 && (
                  <span className="side-panel-badge side-panel-badge--count" aria-hidden="true">
                    {openComments}
                  </span>
                )}
              </span>
              <span className="side-panel-tab-label">{t(TAB_LABEL[tab])}</span>
              {tab === "comments" && openComments > 0 && (
                <span className="visually-hidden">, {t("comments.tab.badge", { count: openComments })}</span>
              )}
              {tab === "validation" && summary && (
                <span className="visually-hidden">
                  , {t("panels.tabs.badge", { errors: summary.errors, warnings: summary.warnings })}
                </span>
              )}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(activeTab)} tabIndex={0} className="side-panel-content">
        {typeof children === "function" ? children(activeTab) : children}
      </div>
    </aside>
  );
}
