import { useId, useState, type FormEvent } from "react";
import { CATEGORIES, type Category, type Channel, type Locale } from "@kundresa/shared";
import { PlusIcon } from "../controls/icons";
import { categoryName, type Translate } from "../panelText";
import { channelIdFor } from "./channelId";
import { registerMessages } from "../../i18n/i18n";
import * as channelPanelMessages from "../../i18n/messages/channelPanel";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(channelPanelMessages);

export interface AddChannelFormProps {
  channels: readonly Channel[];
  locale: Locale;
  t: Translate;
  onAdd: (channel: Channel) => void;
}

/** Name and category of a new channel; its id is made from the name, unique in the catalogue. */
export function AddChannelForm({ channels, locale, t, onAdd }: AddChannelFormProps) {
  const [name, setName] = useState("");
  const [category, setCategory] = useState<Category>("communication");
  const nameId = useId();
  const categoryId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === "") return;
    const id = channelIdFor(trimmed, new Set(channels.map((channel) => channel.id)));
    onAdd({ id, category, name: trimmed });
    setName("");
  };

  return (
    <form className="channel-add" onSubmit={submit}>
      <div className="channel-add-fields">
        <div className="channel-add-name">
          <label htmlFor={nameId} className="field-label">
            {t("panels.channels.add.name")}
          </label>
          <input
            id={nameId}
            type="text"
            className="panel-input"
            value={name}
            placeholder={t("panels.channels.add.placeholder")}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="channel-add-category">
          <label htmlFor={categoryId} className="field-label">
            {t("panels.channels.add.category")}
          </label>
          <select
            id={categoryId}
            className="panel-select"
            value={category}
            onChange={(event) => setCategory(event.target.value as Category)}
          >
            {CATEGORIES.map((option) => (
              <option key={option} value={option}>
                {categoryName(option, locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="panel-button panel-button--primary" disabled={name.trim() === ""}>
        <PlusIcon size={14} />
        {t("panels.channels.add.button")}
      </button>
    </form>
  );
}
