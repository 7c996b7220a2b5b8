import { useMemo, useState, type CSSProperties } from "react";
import {
  CATEGORIES,
  catalogueChannel,
  type Category,
  type Channel,
  type ChannelPatch,
  type Locale,
  type Touchpoint,
} from "@kundresa/shared";
import { CommitTextField } from "../controls/CommitTextField";
import { PanelSection } from "../controls/Field";
import { SearchIcon, TrashIcon } from "../controls/icons";
import { usageCounts } from "../mapLookup";
import { categoryName, channelName, searchKey, touchpointCountText, usePanelText } from "../panelText";
import { AddChannelForm } from "./AddChannelForm";
import { DeleteChannelDialog } from "./DeleteChannelDialog";
import "./ChannelCatalogueEditor.css";
import { registerMessages } from "../../i18n/i18n";
import * as channelPanelMessages from "../../i18n/messages/channelPanel";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(channelPanelMessages);

export interface ChannelCatalogueEditorProps {
  channels: readonly Channel[];
  touchpoints: readonly Touchpoint[];
  locale: Locale;
  readOnly?: boolean;
  onAdd: (channel: Channel) => void;
  onUpdate: (id: string, patch: ChannelPatch) => void;
  onDelete: (id: string, options: { stripFromTouchpoints: boolean }) => void;
}

/** The map's own channel catalogue, by category: rename, recategorise, add custom channels, delete. */
export function ChannelCatalogueEditor(props: ChannelCatalogueEditorProps) {
  const { channels, touchpoints, locale, readOnly = false, onAdd, onUpdate, onDelete } = props;
  const t = usePanelText(locale);
  const [filter, setFilter] = useState("");
  const [deleting, setDeleting] = useState<Channel | null>(null);
  const perChannel = useMemo(() => usageCounts(touchpoints).perChannel, [touchpoints]);
  const needle = searchKey(filter.trim());
  const visible = (channel: Channel) =>
    needle === "" || searchKey(`${channelName(channel, locale)} ${channel.name} ${channel.id}`).includes(needle);

  return (
    <div className="channels">
      <div className="channels-filter">
        <SearchIcon className="channels-filter-icon" />
        <input
          type="search"
          className="panel-input"
          aria-label={t("panels.channels.filter")}
          placeholder={t("panels.channels.filter.placeholder", { n: channels.length })}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>

      {CATEGORIES.map((category) => {
        const all = channels.filter((channel) => channel.category === category);
        const shown = all.filter(visible);
        if (needle !== "" && shown.length === 0) return null;
        const style = { "--group-color": `var(--cat-${category})`, "--group-ink": `var(--cat-${category}-ink)` };
        return (
          <section key={category} className="channels-group" style={style as CSSProperties}>
            <h3 className="channels-group-title">
              <span className="channels-group-swatch" aria-hidden="true" />
              {categoryName(category, locale)}
              <span className="channels-group-count">{all.length}</span>
            </h3>
            {shown.length === 0 ? (
              <p className="channels-empty">{t("panels.channels.empty")}</p>
            ) : (
              <ul className="channels-list">
                {shown.map((channel) => {
                  const name = channelName(channel, locale);
                  const usage = perChannel.get(channel.id) ?? 0;
                  const usageText = touchpointCountText(usage, t);
                  return (
                    <li key={channel.id} className="channel-row">
                      {readOnly ? (
                        <span className="channel-name">{name}</span>
                      ) : (
                        <CommitTextField
                          value={name}
                          ariaLabel={t("panels.channels.name", { name })}
                          multiline="wrap"
                          className="channel-name-field"
                          onCommit={(next) => {
                            if (next.trim() !== "") onUpdate(channel.id, { name: next.trim() });
                          }}
                        />
                      )}
                      {!catalogueChannel(channel.id) && (
                        <span className="channel-custom">{t("panels.channels.custom")}</span>
                      )}
                      <span className={`channel-usage${usage === 0 ? " channel-usage--zero" : ""}`} title={usageText}>
                        <span aria-hidden="true">{usage}</span>
                        <span className="visually-hidden">{usageText}</span>
                      </span>
                      {!readOnly && (
                        <>
                          <select
                            className="channel-category"
                            aria-label={t("panels.channels.category", { name })}
                            title={t("panels.channels.category", { name })}
                            value={channel.category}
                            onChange={(event) => onUpdate(channel.id, { category: event.target.value as Category })}
                          >
                            {CATEGORIES.map((option) => (
                              <option key={option} value={option}>
                                {categoryName(option, locale)}
                              </option>
                            ))}
                          </select>
                          <button
                            type="button"
                            className="icon-button icon-button--danger"
                            aria-label={t("panels.channels.delete", { name })}
                            title={t("panels.channels.delete", { name })}
                            onClick={() => setDeleting(channel)}
                          >
                            <TrashIcon size={14} />
                          </button>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}

      {!readOnly && (
        <PanelSection title={t("panels.channels.add.title")} className="channels-add-section">
          <AddChannelForm channels={channels} locale={locale} t={t} onAdd={onAdd} />
        </PanelSection>
      )}

      {deleting && (
        <DeleteChannelDialog
          name={channelName(deleting, locale)}
          usage={perChannel.get(deleting.id) ?? 0}
          t={t}
          onCancel={() => setDeleting(null)}
          onConfirm={(options) => {
            setDeleting(null);
            onDelete(deleting.id, options);
          }}
        />
      )}
    </div>
  );
}
