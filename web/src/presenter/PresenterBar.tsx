import { useI18n } from "../i18n/i18n";
import { useFollowContext } from "../follow/FollowContext";
import type { Presenter } from "./usePresenter";
import "./Presenter.css";
import { registerMessages } from "../i18n/i18n";
import * as presenterMessages from "../i18n/messages/presenter";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(presenterMessages);

function Arrow({ back = false }: { back?: boolean }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d={back ? "M12.5 4.5L7 10l5.5 5.5" : "M7.5 4.5L13 10l-5.5 5.5"} />
    </svg>
  );
}

/** The presenter's controls along the bottom of the screen: where we are, and the way on. */
export function PresenterBar({ presenter, readOnly }: { presenter: Presenter; readOnly: boolean }) {
  const { t } = useI18n();
  const follow = useFollowContext();
  const { slide, index, slides } = presenter;
  const stages = slides.filter((candidate) => candidate.kind === "stage").length;
  const where =
    slide.kind === "overview"
      ? t("present.overview")
      : slide.kind === "gaps"
        ? t("present.gaps")
        : `${t("present.stage", { index: slide.number, count: stages })}: ${slide.title.trim() || "–"}`;
  return (
    <div className="PresenterBar" role="toolbar" aria-label={t("present.label")}>
      <button
        type="button"
        className="PresenterBar-step"
        aria-label={t("present.previous")}
        title={t("present.previous")}
        disabled={index === 0}
        onClick={presenter.previous}
      >
        <Arrow back />
      </button>
      <p className="PresenterBar-where" aria-live="polite">
        {where}
      </p>
      <button
        type="button"
        className="PresenterBar-step"
        aria-label={t("present.next")}
        title={t("present.next")}
        disabled={index === slides.length - 1}
        onClick={presenter.next}
      >
        <Arrow />
      </button>
      <span className="PresenterBar-divider" aria-hidden="true" />
      <button
        type="button"
        className="PresenterBar-toggle"
        aria-pressed={presenter.spotlight}
        disabled={slide.kind !== "stage"}
        onClick={presenter.toggleSpotlight}
      >
        {t("present.spotlight")}
      </button>
      <button type="button" className="PresenterBar-toggle" onClick={() => presenter.go(slides.length - 1)}>
        {t("present.gapsSlide")}
      </button>
      {follow && !readOnly && (
        <button
          type="button"
          className="PresenterBar-toggle"
          aria-pressed={follow.summoning}
          onClick={() => (follow.summoning ? follow.release() : follow.summon())}
        >
          {t("present.bringAlong")}
        </button>
      )}
      <button type="button" className="PresenterBar-exit" onClick={presenter.stop}>
        {t("present.exit")}
      </button>
    </div>
  );
}
