import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider, translator, useI18n } from "./i18n";
import { en, sv } from "./messages";

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

  it("has every English key in Swedish, none left blank", () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const text of Object.values(sv)) expect(text.trim()).not.toBe("");
  });

  it("speaks English by key", () => {
    const t = translator("en");
    expect(t("app.tagline")).toBe("Customer-journey maps a whole workshop edits live");
  });
});
