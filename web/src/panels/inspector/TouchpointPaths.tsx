import { useId } from "react";
import { PHASES, type Connection, type JourneyMap, type Locale, type Touchpoint } from "@kundresa/shared";
import { CommitTextField } from "../controls/CommitTextField";
import { TrashIcon } from "../controls/icons";
import { phaseName, type Translate } from "../panelText";

export interface TouchpointPathsProps {
  touchpoint: Touchpoint;
  map: JourneyMap;
  locale: Locale;
  t: Translate;
  /** A new connection from this touchpoint to `to`. */
  onConnect: (to: string) => void;
  onLabel: (connectionId: string, label: string) => void;
  onDisconnect: (connectionId: string) => void;
}

/**
 * The customer's path through this touchpoint, as a list: where it leads and where it comes from,
 * each connection's label, and a way to add one. On the canvas a connection is drawn by dragging
 * from a handle; this is the same for the keyboard, and the one place a connection's label is edited.
 */
export function TouchpointPaths({
  touchpoint,
  map,
  locale,
  t,
  onConnect,
  onLabel,
  onDisconnect,
}: TouchpointPathsProps) {
  const addId = useId();
  const titleOf = new Map(map.touchpoints.map((other) => [other.id, other.title.trim()]));
  const nameOf = (id: string) => {
    const title = titleOf.get(id);
    return title === undefined ? t("panels.paths.missing", { id }) : title || t("panels.touchpoint.untitled");
  };
  const outgoing = map.connections.filter((connection) => connection.from === touchpoint.id);
  const incoming = map.connections.filter(
    (connection) => connection.to === touchpoint.id && connection.from !== touchpoint.id,
  );
  const linked = new Set(outgoing.map((connection) => connection.to));
  const candidates = map.touchpoints.filter((other) => other.id !== touchpoint.id && !linked.has(other.id));
  // By phase, each option named with its stage; touchpoints in a stage the map no longer has (a
  // validation error) stay reachable, in a group of their own.
  const stageIds = new Set(map.stages.map((stage) => stage.id));
  const groups = [
    ...PHASES.map((phase) => ({
      label: phaseName(phase, locale),
      options: map.stages
        .filter((stage) => stage.phase === phase)
        .flatMap((stage) =>
          candidates
            .filter((other) => other.stageId === stage.id)
            .map((other) => ({
              id: other.id,
              text: `${stage.title.trim() || t("panels.stage.untitled")} · ${nameOf(other.id)}`,
            })),
        ),
    })),
    {
      label: t("panels.paths.noStage"),
      options: candidates
        .filter((other) => !stageIds.has(other.stageId))
        .map((other) => ({ id: other.id, text: nameOf(other.id) })),
    },
  ].filter((group) => group.options.length > 0);

  const row = (connection: Connection, direction: "to" | "from") => {
    const other = nameOf(direction === "to" ? connection.to : connection.from);
    return (
      <li key={connection.id} className="inspector-path">
        <div className="inspector-path-head">
          <span className="inspector-path-arrow" aria-hidden="true">
            {direction === "to" ? "→" : "←"}
          </span>
          <span className="inspector-path-other">{other}</span>
          <button
            type="button"
            className="icon-button inspector-path-remove"
            aria-label={t(direction === "to" ? "panels.paths.removeTo" : "panels.paths.removeFrom", { name: other })}
            title={t(direction === "to" ? "panels.paths.removeTo" : "panels.paths.removeFrom", { name: other })}
            onClick={() => onDisconnect(connection.id)}
          >
            <TrashIcon size={14} />
          </button>
        </div>
        <CommitTextField
          value={connection.label}
          className="inspector-path-label"
          ariaLabel={t(direction === "to" ? "panels.paths.labelTo" : "panels.paths.labelFrom", { name: other })}
          placeholder={t("panels.paths.labelPlaceholder")}
          onCommit={(label) => onLabel(connection.id, label)}
        />
      </li>
    );
  };

  return (
    <div className="inspector-paths">
      <h4 className="inspector-paths-title">{t("panels.paths.leadsTo")}</h4>
      {outgoing.length === 0 ? (
        <p className="inspector-paths-empty">{t("panels.paths.noneOut")}</p>
      ) : (
        <ul className="inspector-path-list" aria-label={t("panels.paths.leadsTo")}>
          {outgoing.map((connection) => row(connection, "to"))}
        </ul>
      )}
      {candidates.length > 0 && (
        <div className="inspector-path-add">
          <label htmlFor={addId} className="visually-hidden">
            {t("panels.paths.add")}
          </label>
          <select
            id={addId}
            className="panel-select"
            value=""
            onChange={(event) => {
              if (event.target.value !== "") onConnect(event.target.value);
            }}
          >
            <option value="">{t("panels.paths.add")}</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.text}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      <h4 className="inspector-paths-title">{t("panels.paths.comesFrom")}</h4>
      {incoming.length === 0 ? (
        <p className="inspector-paths-empty">{t("panels.paths.noneIn")}</p>
      ) : (
        <ul className="inspector-path-list" aria-label={t("panels.paths.comesFrom")}>
          {incoming.map((connection) => row(connection, "from"))}
        </ul>
      )}
    </div>
  );
}
