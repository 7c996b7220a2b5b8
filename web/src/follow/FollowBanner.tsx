import { useEffect } from "react";
import { useI18n } from "../i18n/i18n";
import { useFollowContext } from "./FollowContext";
import "./FollowBanner.css";

/** At the top of the canvas: whom you follow (and how to stop), or that you stopped, with a way back. */
export function FollowBanner() {
  const { t } = useI18n();
  const follow = useFollowContext();
  const stopped = follow?.stopped;
  const dismiss = follow?.dismissStopped;
  // "You stopped following" is news, not a state: it goes by itself after a while.
  useEffect(() => {
    if (!stopped || !dismiss) return undefined;
    const timer = setTimeout(dismiss, 8_000);
    return () => clearTimeout(timer);
  }, [stopped, dismiss]);
  if (!follow) return null;
  const { following, summoning } = follow;
  return (
    <div className="FollowBanner-slot" aria-live="polite">
      {following ? (
        <div className="FollowBanner" style={{ borderColor: following.color }} data-kind="following">
          <span className="FollowBanner-dot" style={{ background: following.color }} aria-hidden="true" />
          <span>
            {following.summoned
              ? t("follow.summoned", { name: following.name })
              : t("follow.following", { name: following.name })}
          </span>
          <button type="button" className="FollowBanner-action" onClick={follow.unfollow}>
            {t("follow.stop")}
          </button>
        </div>
      ) : stopped ? (
        <div className="FollowBanner" data-kind="stopped">
          <span>
            {stopped.left ? t("follow.left", { name: stopped.name }) : t("follow.stopped", { name: stopped.name })}
          </span>
          {!stopped.left && (
            <button type="button" className="FollowBanner-action" onClick={() => follow.follow(stopped.clientId)}>
              {t("follow.again")}
            </button>
          )}
          <button
            type="button"
            className="FollowBanner-action FollowBanner-action--quiet"
            onClick={follow.dismissStopped}
          >
            {t("follow.dismiss")}
          </button>
        </div>
      ) : summoning ? (
        <div className="FollowBanner" data-kind="summoning">
          <span>{t("follow.summoning")}</span>
          <button type="button" className="FollowBanner-action" onClick={follow.release}>
            {t("follow.release")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
