import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readTimer, startTimer } from "@kundresa/shared";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { createLocalUndo } from "../collab/localUndo";
import { LOCAL_ORIGIN } from "../collab/origins";
import { I18nProvider } from "../i18n/i18n";
import { formatCountdown, parseDuration } from "./duration";
import { TIMER_MUTED_KEY } from "./mutePreference";
import { TimerSessionProvider } from "./TimerSession";
import { WorkshopTimer } from "./WorkshopTimer";

const T0 = Date.parse("2027-03-01T09:00:00Z");
const clock = () => Date.now();

function setup({ readOnly = false, locale = "en", doc = new Y.Doc() } = {}) {
  const chime = vi.fn();
  render(
    <I18nProvider locale={locale as "en" | "sv"}>
      <TimerSessionProvider
        doc={doc}
        readOnly={readOnly}
        userName="Anna"
        followServerClock={false}
        now={clock}
        playChime={chime}
      >
        <WorkshopTimer />
      </TimerSessionProvider>
    </I18nProvider>,
  );
  // No delays between keystrokes: the clock is fake and moves only when a test says so.
  const user = userEvent.setup({ delay: null });
  return { doc, chime, user };
}

const timerGroup = () => screen.getByRole("group", { name: "Workshop timer" });
const shownTime = () => within(timerGroup()).getByRole("timer").textContent;
/** Lets the (preloaded) lazy popover resolve without moving the fake clock, as `findBy` would. */
const popoverLoaded = () => act(() => Promise.resolve());
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

// The popover is a lazy chunk. Under fake timers Testing Library's waits advance no real time, so
// its first import would never land inside one; fetched here, the lazy part resolves at once.
beforeAll(async () => {
  await import("./StartTimerPopover");
});

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ["setTimeout", "clearTimeout", "Date"] });
  // Testing Library waits on a zero-delay setTimeout after every event and advances it only when it
  // sees Jest's fake timers; this is the part of Jest it looks for.
  vi.stubGlobal("jest", { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("WorkshopTimer", () => {
  it("starts a preset, pauses, adds a minute, resumes and stops, keeping focus on the controls", async () => {
    const { doc, user } = setup();
    await user.click(screen.getByRole("button", { name: "Start a workshop timer everyone sees" }));
    await popoverLoaded();
    const presets = screen.getByRole("group", { name: "Quick start" });
    expect(
      within(presets)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["1 min", "3 min", "5 min", "10 min", "15 min"]);
    await user.click(screen.getByRole("button", { name: "Start a 5-minute timer" }));
    expect(readTimer(doc)).toEqual({ state: "running", durationMs: 300_000, endsAt: T0 + 300_000, startedBy: "Anna" });
    expect(shownTime()).toBe("05:00");
    expect(screen.getByRole("button", { name: "Pause timer" })).toHaveFocus();

    // Ticks land a few ms after each whole second.
    await wait(61_010);
    expect(shownTime()).toBe("03:59");
    await user.keyboard("{Enter}");
    expect(readTimer(doc)).toMatchObject({ state: "paused", remainingMs: 238_990 });
    expect(screen.getByText("Paused")).toHaveAttribute("aria-live", "polite");
    expect(screen.getByRole("button", { name: "Resume timer" })).toHaveFocus();

    await wait(30_000);
    expect(shownTime()).toBe("03:59");
    await user.click(screen.getByRole("button", { name: "Add one minute" }));
    expect(shownTime()).toBe("04:59");
    await user.click(screen.getByRole("button", { name: "Resume timer" }));
    expect(readTimer(doc)).toMatchObject({ state: "running", durationMs: 360_000 });
    await wait(2_000);
    expect(shownTime()).toBe("04:57");

    await user.click(screen.getByRole("button", { name: "Stop timer" }));
    expect(readTimer(doc)).toEqual({ state: "stopped" });
    expect(screen.queryByRole("group", { name: "Workshop timer" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Start a workshop timer everyone sees" })).toHaveFocus();
  });

  it("starts a custom m:ss duration from the keyboard, refusing what it cannot read", async () => {
    const { doc, user } = setup();
    screen.getByRole("button", { name: "Start a workshop timer everyone sees" }).focus();
    await user.keyboard("{Enter}");
    await popoverLoaded();
    expect(screen.getByRole("button", { name: "Start a 1-minute timer" })).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(screen.getByRole("button", { name: "Start a 5-minute timer" })).toHaveFocus();
    await user.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    expect(screen.getByRole("button", { name: "Start a 15-minute timer" })).toHaveFocus();

    const field = screen.getByRole("textbox", { name: "Custom time (m:ss)" });
    await user.type(field, "1:75{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent("Write minutes and seconds");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(readTimer(doc).state).toBe("stopped");
    await user.clear(field);
    await user.type(field, "0:05{Enter}");
    expect(readTimer(doc)).toMatchObject({ state: "running", durationMs: 5_000 });
    expect(shownTime()).toBe("00:05");

    await user.click(screen.getByRole("button", { name: "Stop timer" }));
    await user.keyboard("{Enter}");
    expect(screen.getByRole("dialog", { name: "Workshop timer" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Start a workshop timer everyone sees" })).toHaveFocus();
  });

  it("counts down to time's up, chimes once, and offers to start the same time again", async () => {
    const { doc, chime, user } = setup();
    await user.click(screen.getByRole("button", { name: "Start a workshop timer everyone sees" }));
    await popoverLoaded();
    await user.type(screen.getByRole("textbox", { name: "Custom time (m:ss)" }), "0:05{Enter}");
    await wait(3_200);
    expect(shownTime()).toBe("00:02");
    expect(chime).not.toHaveBeenCalled();
    await wait(1_900);
    expect(shownTime()).toBe("00:00");
    expect(screen.getByText("Time's up")).toHaveAttribute("aria-live", "polite");
    expect(timerGroup()).toHaveAttribute("data-phase", "ended");
    expect(timerGroup()).toHaveAttribute("data-fresh", "true");
    expect(chime).toHaveBeenCalledTimes(1);
    await wait(5_000);
    expect(chime).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole("button", { name: "Start 00:05 again" }));
    expect(readTimer(doc)).toMatchObject({ state: "running", durationMs: 5_000, endsAt: Date.now() + 5_000 });
    expect(screen.queryByText("Time's up")).not.toBeInTheDocument();
  });

  it("stays silent when muted on this device, and remembers it", async () => {
    const { doc, chime, user } = setup();
    startTimer(doc, { durationMs: 2_000, startedBy: "Bo", now: Date.now() }, "remote");
    await wait(0);
    const mute = screen.getByRole("button", { name: "Mute the chime on this device" });
    expect(mute).toHaveAttribute("aria-pressed", "false");
    expect(within(timerGroup()).getByTitle("Started by Bo")).toBeInTheDocument();
    await user.click(mute);
    expect(mute).toHaveAttribute("aria-pressed", "true");
    expect(localStorage.getItem(TIMER_MUTED_KEY)).toBe("true");
    await wait(2_100);
    expect(screen.getByText("Time's up")).toBeInTheDocument();
    expect(chime).not.toHaveBeenCalled();
  });

  it("does not chime for a countdown that ended before the tab opened", async () => {
    const doc = new Y.Doc();
    startTimer(doc, { durationMs: 5_000, startedBy: "Bo", now: Date.now() - 8_000 });
    const { chime } = setup({ doc });
    await wait(1_000);
    expect(screen.getByText("Time's up")).toBeInTheDocument();
    expect(timerGroup()).not.toHaveAttribute("data-fresh");
    expect(chime).not.toHaveBeenCalled();
  });

  it("shows a view link the live countdown with no controls, and nothing while idle", async () => {
    const doc = new Y.Doc();
    const { chime } = setup({ doc, readOnly: true });
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.queryByRole("group")).not.toBeInTheDocument();

    act(() => startTimer(doc, { durationMs: 3_000, startedBy: "Anna", now: Date.now() }, "remote"));
    expect(shownTime()).toBe("00:03");
    await wait(1_100);
    expect(shownTime()).toBe("00:02");
    // The one button is this device's own sound, not the shared timer's.
    expect(
      within(timerGroup())
        .getAllByRole("button")
        .map((button) => button.getAttribute("aria-label")),
    ).toEqual(["Mute the chime on this device"]);
    await wait(2_100);
    expect(screen.getByText("Time's up")).toBeInTheDocument();
    expect(chime).toHaveBeenCalledTimes(1);
  });

  it("speaks Swedish", async () => {
    const { user } = setup({ locale: "sv" });
    await user.click(screen.getByRole("button", { name: "Starta en workshoptimer som alla ser" }));
    await user.click(screen.getByRole("button", { name: "Starta en timer på 3 minuter" }));
    expect(screen.getByRole("button", { name: "Pausa timern" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Lägg till en minut" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Stoppa timern" })).toBeInTheDocument();
  });

  it("never lands on anyone's undo stack, whatever origin a change carries", async () => {
    const doc = new Y.Doc();
    const undo = createLocalUndo(doc);
    const { user } = setup({ doc });
    await user.click(screen.getByRole("button", { name: "Start a workshop timer everyone sees" }));
    await user.click(screen.getByRole("button", { name: "Start a 1-minute timer" }));
    await user.click(screen.getByRole("button", { name: "Pause timer" }));
    act(() => startTimer(doc, { durationMs: 60_000, startedBy: "Anna", now: Date.now() }, LOCAL_ORIGIN));
    expect(undo.canUndo()).toBe(false);
    undo.destroy();
  });
});

describe("durations", () => {
  it("formats mm:ss with seconds rounded up", () => {
    expect(formatCountdown(300_000)).toBe("05:00");
    expect(formatCountdown(4_001)).toBe("00:05");
    expect(formatCountdown(0)).toBe("00:00");
    expect(formatCountdown(-50)).toBe("00:00");
    expect(formatCountdown(75 * 60_000)).toBe("75:00");
  });

  it("reads m:ss and whole minutes, and nothing ambiguous or out of range", () => {
    expect(parseDuration("0:05")).toBe(5_000);
    expect(parseDuration(" 2:30 ")).toBe(150_000);
    expect(parseDuration("5")).toBe(300_000);
    expect(parseDuration("1.30")).toBe(90_000);
    for (const text of ["", "0", "0:00", "1:5", "1:60", "abc", "-1", "181", "2:30:00"]) {
      expect(parseDuration(text), text).toBeUndefined();
    }
  });
});
