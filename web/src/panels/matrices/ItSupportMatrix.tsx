import { useId, useMemo, useState } from "react";
import {
  IT_SUPPORT_LEVELS,
  type Channel,
  type ItSupportMatrix as ItSupportGrid,
  type ItSupportTally,
  type Locale,
} from "@kundresa/shared";
import { categoryName, channelName, itSupportName, itSupportShortName, usePanelText } from "../panelText";
import { registerMessages } from "../../i18n/i18n";
import * as itSupportMatrixMessages from "../../i18n/messages/itSupportMatrix";
import "./matrices.css";

// The grid opens on demand; its words load with it.
registerMessages(itSupportMatrixMessages);

export interface ItSupportMatrixProps {
  /** From `itSupportMatrix(map)` in the model. */
  matrix: ItSupportGrid;
  /** The map's channels, for their names. */
  channels: readonly Channel[];
  locale: Locale;
  /** Start with channels that no touchpoint uses shown (default: hidden). */
  showUnused?: boolean;
}

function Counts({ tally, strong = false }: { tally: ItSupportTally; strong?: boolean }) {
  return (
    <>
      {IT_SUPPORT_LEVELS.map((level) => (
        <td key={level} className="it-matrix-cell">
          {tally.counts[level] > 0 ? (
            <span className={`it-matrix-count it--${level}${strong ? " it-matrix-count--strong" : ""}`}>
              {tally.counts[level]}
            </span>
          ) : (
            <>
              <span className="it-matrix-zero" aria-hidden="true">
                ·
              </span>
              <span className="visually-hidden">0</span>
            </>
          )}
        </td>
      ))}
      <td className="it-matrix-total">{tally.total}</td>
    </>
  );
}

/**
 * The seed's IT-support grid: channels (grouped by category) × integrated / stand-alone / none /
 * not assessed, counted from the touchpoints. A touchpoint counts in each of its channels' rows.
 */
export function ItSupportMatrix({ matrix, channels, locale, showUnused = false }: ItSupportMatrixProps) {
  const t = usePanelText(locale);
  const [unusedShown, setUnusedShown] = useState(showUnused);
  const toggleId = useId();
  const names = useMemo(
    () => new Map(channels.map((channel) => [channel.id, channelName(channel, locale)])),
    [channels, locale],
  );
  const hidden = unusedShown ? 0 : matrix.rows.filter((row) => row.total === 0).length;

  return (
    <div className="it-matrix">
      <div className="it-matrix-toolbar">
        <label htmlFor={toggleId} className="it-matrix-toggle">
          <input
            id={toggleId}
            type="checkbox"
            checked={unusedShown}
            onChange={(event) => setUnusedShown(event.target.checked)}
          />
          {t("panels.itMatrix.showUnused")}
        </label>
        {hidden > 0 && <span className="it-matrix-hidden">{t("panels.itMatrix.hidden", { n: hidden })}</span>}
      </div>
      <div className="it-matrix-scroll">
        <table className="it-matrix-table">
          <caption className="visually-hidden">{t("panels.itMatrix.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="it-matrix-channel-head">
                {t("panels.itMatrix.channel")}
              </th>
              {IT_SUPPORT_LEVELS.map((level) => (
                <th
                  key={level}
                  scope="col"
                  className={`it-matrix-level it--${level}`}
                  title={itSupportName(level, locale)}
                >
                  <span className="it-matrix-level-dot" aria-hidden="true" />
                  <span className="it-matrix-head-text">{itSupportShortName(level, locale)}</span>
                </th>
              ))}
              <th scope="col" className="it-matrix-total-head">
                <span className="it-matrix-head-text">{t("panels.itMatrix.total")}</span>
              </th>
            </tr>
          </thead>
          {matrix.groups.map((group) => (
            <tbody key={group.category} className={`it-matrix-group it-matrix-group--${group.category}`}>
              <tr className="it-matrix-group-row">
                <th scope="rowgroup" className="it-matrix-group-name">
                  <span className="it-matrix-group-swatch" aria-hidden="true" />
                  {categoryName(group.category, locale)}
                </th>
                <Counts tally={group} strong />
              </tr>
              {group.rows
                .filter((row) => unusedShown || row.total > 0)
                .map((row) => (
                  <tr key={row.channelId}>
                    <th scope="row" className="it-matrix-channel">
                      {names.get(row.channelId) ?? row.channelId}
                    </th>
                    <Counts tally={row} />
                  </tr>
                ))}
            </tbody>
          ))}
          <tfoot>
            {matrix.withoutChannel.total > 0 && (
              <tr className="it-matrix-without">
                <th scope="row">{t("panels.itMatrix.withoutChannel")}</th>
                <Counts tally={matrix.withoutChannel} />
              </tr>
            )}
            <tr className="it-matrix-totals">
              <th scope="row">{t("panels.itMatrix.allUses")}</th>
              <Counts tally={matrix.totals} strong />
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
