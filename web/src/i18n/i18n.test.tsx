import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider, registerMessages, translator, useI18n } from "./i18n";
import { en, sv } from "./messages";
import * as start from "./messages/start";
import * as repair from "./messages/repair";
import * as comments from "./messages/comments";
import * as voting from "./messages/voting";
import * as presenter from "./messages/presenter";
import * as pdf from "./messages/pdf";
import * as history from "./messages/history";
import * as stagePanel from "./messages/stagePanel";
import * as channelPanel from "./messages/channelPanel";
import * as settingsPanel from "./messages/settingsPanel";

function Tagline() {
  const { t } = useI18n();
  return <p>{t("app.tagline")}</p>;
}

describe("i18n", () => {
  it("speaks Swedish when asked", () => {
    render(
      <I18nProvider locale="sv">
        <Tagline />
      </I18nProvider>,
    );
    expect(screen.getByText("Kundresor som hela workshoppen redigerar live")).toBeInTheDocument();
  });

  it("has every English key in Swedish, none left blank, in the first chunk and in every part that loads later", () => {
    const files = [
      { en, sv },
      start,
      repair,
      comments,
      voting,
      presenter,
      pdf,
      history,
      stagePanel,
      channelPanel,
      settingsPanel,
    ];
    for (const file of files) {
      expect(Object.keys(file.sv).sort()).toEqual(Object.keys(file.en).sort());
      for (const text of Object.values(file.sv)) expect(text.trim()).not.toBe("");
    }
  });

  it("shows a later part's words once it has registered them, and its key before", () => {
    const t = translator("sv");
    expect(t("voting.reveal")).toBe("voting.reveal");
    registerMessages(voting);
    expect(t("voting.reveal")).toBe("Visa resultatet");
  });

  it("keeps each key in one file only, so no part's words override another's", () => {
    const files = [
      en,
      ...[start, repair, comments, voting, presenter, pdf, history, stagePanel, channelPanel, settingsPanel].map(
        (file) => file.en,
      ),
    ];
    const keys = files.flatMap((file) => Object.keys(file));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("speaks English by key", () => {
    const t = translator("en");
    expect(t("app.tagline")).toBe("Customer-journey maps a whole workshop edits live");
  });
});
