import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useReactFlow } from "@xyflow/react";
import type { JourneyLayout } from "@kundresa/shared";
import { presenterSlides, slideBounds, spotlightFor, type Slide } from "./presenterSlides";

export interface Presenter {
  active: boolean;
  slides: Slide[];
  index: number;
  slide: Slide;
  spotlight: boolean;
  /** The lit part of the map while spotlighting a stage's phase. */
  spotlightArea: { x: number; width: number } | undefined;
  start: () => void;
  stop: () => void;
  go: (index: number) => void;
  next: () => void;
  previous: () => void;
  toggleSpotlight: () => void;
}

/** Keys a text field keeps for itself: the presenter must not take Space or arrows from typing. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Presenter mode: full screen, the map framed one stage at a time. Its keys are taken in the capture
 * phase, ahead of the editor's shortcuts, and only while presenting.
 */
export function usePresenter(layout: JourneyLayout): Presenter {
  const flow = useReactFlow();
  const [active, setActive] = useState(false);
  const [index, setIndex] = useState(0);
  const [spotlight, setSpotlight] = useState(false);
  const slides = useMemo(() => presenterSlides(layout), [layout]);
  const clamped = Math.min(index, slides.length - 1);
  const slide = useMemo<Slide>(() => slides[clamped] ?? { kind: "overview" }, [slides, clamped]);
  const wentFullscreen = useRef(false);

  const stop = useCallback(() => {
    setActive(false);
    if (wentFullscreen.current && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    wentFullscreen.current = false;
  }, []);
  const start = useCallback(() => {
    setIndex(0);
    setActive(true);
    // Full screen where the browser allows it; a refusal (an iframe, a kiosk) still presents in the window.
    void document.documentElement
      .requestFullscreen?.()
      .then(() => (wentFullscreen.current = true))
      .catch(() => undefined);
  }, []);
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(slides.length - 1, to))), [slides.length]);

  // Leaving full screen with the browser's own Esc ends the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && wentFullscreen.current) {
        wentFullscreen.current = false;
        setActive(false);
      }
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  // Frame the slide once the chrome has gone (the next frame), so the canvas has its full size.
  useEffect(() => {
    if (!active) return undefined;
    const frame = requestAnimationFrame(() => {
      void flow.fitBounds(slideBounds(layout, slide), { padding: 0.06, duration: 350 });
    });
    return () => cancelAnimationFrame(frame);
  }, [active, flow, layout, slide]);

  useEffect(() => {
    if (!active) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const action: Record<string, () => void> = {
        ArrowRight: () => go(clamped + 1),
        PageDown: () => go(clamped + 1),
        " ": () => go(clamped + 1),
        ArrowLeft: () => go(clamped - 1),
        PageUp: () => go(clamped - 1),
        Home: () => go(0),
        End: () => go(slides.length - 1),
        s: () => setSpotlight((value) => !value),
        S: () => setSpotlight((value) => !value),
        g: () => go(slides.length - 1),
        G: () => go(slides.length - 1),
        Escape: stop,
      };
      const run = action[event.key];
      if (!run) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      run();
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [active, clamped, go, slides.length, stop]);

  return {
    active,
    slides,
    index: clamped,
    slide,
    spotlight,
    spotlightArea: active && spotlight ? spotlightFor(layout, slide) : undefined,
    start,
    stop,
    go,
    next: () => go(clamped + 1),
    previous: () => go(clamped - 1),
    toggleSpotlight: () => setSpotlight((value) => !value),
  };
}
