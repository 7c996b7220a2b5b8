/*
 * The end-of-timer sound, synthesised: two soft bell-like notes falling a fourth (A5, then E5), each
 * a sine with a faint octave above it, a quick fade-in so it does not click and a long fade-out. Quiet
 * on purpose: a room of laptops all chiming at once should sound like one gentle bell, not an alarm.
 */

type AudioContextClass = typeof AudioContext;

let shared: AudioContext | undefined;

function audioContext(): AudioContext | undefined {
  if (shared) return shared;
  const Context: AudioContextClass | undefined =
    window.AudioContext ?? (window as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
  if (Context === undefined) return undefined;
  try {
    shared = new Context();
  } catch {
    return undefined;
  }
  return shared;
}

/**
 * Browsers let a page make sound only after someone clicked or typed on it; Chromium remembers that
 * for the page, Safari wants the context itself resumed inside such an event. Called from one, so a
 * countdown that ends while nobody is touching this tab can still be heard.
 */
export function warmUpAudio(): void {
  const context = audioContext();
  if (context?.state === "suspended") void context.resume().catch(() => undefined);
}

function bellNote(context: AudioContext, output: AudioNode, frequency: number, at: number, seconds: number): void {
  const envelope = context.createGain();
  envelope.gain.setValueAtTime(0.0001, at);
  envelope.gain.exponentialRampToValueAtTime(1, at + 0.02);
  envelope.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  envelope.connect(output);
  for (const [multiple, level] of [
    [1, 1],
    [2, 0.12],
  ] as const) {
    const partial = context.createOscillator();
    const mix = context.createGain();
    partial.type = "sine";
    partial.frequency.setValueAtTime(frequency * multiple, at);
    mix.gain.setValueAtTime(level, at);
    partial.connect(mix).connect(envelope);
    partial.start(at);
    partial.stop(at + seconds + 0.05);
  }
}

/** Plays the chime once; silently nothing where the browser has no Web Audio or refuses to start it. */
export function playChime(): void {
  const context = audioContext();
  if (context === undefined) return;
  if (context.state === "suspended") void context.resume().catch(() => undefined);
  try {
    const volume = context.createGain();
    volume.gain.setValueAtTime(0.16, context.currentTime);
    volume.connect(context.destination);
    const start = context.currentTime + 0.05;
    bellNote(context, volume, 880, start, 1.3);
    bellNote(context, volume, 659.25, start + 0.34, 1.9);
  } catch {
    // A context closed under us (the device's audio went away): the visual cue still shows.
  }
}
