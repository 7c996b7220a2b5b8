import fc from "fast-check";
import * as encoding from "lib0/encoding";

/** One frame a hostile or broken client might send: binary bytes, or text. */
export interface GarbageFrame {
  /** Which generator made it, so a failure names the kind of input. */
  kind: string;
  data: Uint8Array | string;
}

function bytes(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function frame(kind: string, data: Uint8Array | string): GarbageFrame {
  return { kind, data };
}

/** A y-protocols message prefix: sync with each step (and an unknown one), awareness, auth, query, unknown types. */
const prefix = fc.constantFrom<readonly number[]>([0, 0], [0, 1], [0, 2], [0, 3], [0], [1], [2], [3], [4], [127]);

/** Bytes in the shapes lib0 decoders trip on: continuation bits, zeros, big lengths. */
const body = fc.uint8Array({ maxLength: 48 });

/** A varUint that never ends, or one past 53 bits, or a length of gigabytes. */
const oversizedVarint = fc.constantFrom(
  new Uint8Array(12).fill(0xff),
  new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]),
  new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]),
  new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]),
);

/**
 * Frames that break the protocol in every way a fuzzer can think of, mixed with real messages a
 * stock client sent (`captured`), truncated, bit-flipped, padded, or intact. Some of them happen to
 * be well-formed; the test tells them apart by what the server does, not by decoding them itself.
 */
export function garbageFrameArbitrary(captured: readonly Uint8Array[]): fc.Arbitrary<GarbageFrame> {
  const real = fc.constantFrom(...captured);
  return fc.oneof(
    body.map((data) => frame("random bytes", data)),
    fc
      .tuple(prefix, body)
      .map(([head, tail]) => frame("known prefix, garbage body", new Uint8Array([...head, ...tail]))),
    fc.tuple(fc.constantFrom(1, 2), body).map(([step, payload]) =>
      frame(
        "sync message with a garbage Yjs payload",
        bytes((encoder) => {
          encoding.writeVarUint(encoder, 0);
          encoding.writeVarUint(encoder, step);
          encoding.writeVarUint8Array(encoder, payload);
        }),
      ),
    ),
    fc
      .tuple(fc.nat({ max: 4 }), fc.nat(), fc.nat(), fc.string({ maxLength: 40 }))
      .map(([count, clientId, clock, json]) =>
        frame(
          "awareness with garbage entries",
          bytes((encoder) => {
            encoding.writeVarUint(encoder, 1);
            encoding.writeVarUint8Array(
              encoder,
              bytes((inner) => {
                encoding.writeVarUint(inner, count);
                encoding.writeVarUint(inner, clientId);
                encoding.writeVarUint(inner, clock);
                encoding.writeVarString(inner, json);
              }),
            );
          }),
        ),
      ),
    fc
      .tuple(real, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }))
      .map(([message, cut]) => frame("truncated real message", message.slice(0, Math.floor(cut * message.length)))),
    fc
      .tuple(real, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 3 }))
      .map(([message, flips]) => {
        const flipped = message.slice();
        for (const [at, mask] of flips) flipped[at % flipped.length]! ^= mask;
        return frame("bit-flipped real message", flipped);
      }),
    fc
      .tuple(real, fc.uint8Array({ minLength: 1, maxLength: 8 }))
      .map(([message, extra]) => frame("real message with trailing bytes", new Uint8Array([...message, ...extra]))),
    real.map((message) => frame("real message replayed", message)),
    fc
      .tuple(prefix, oversizedVarint, body)
      .map(([head, varint, tail]) => frame("oversized varint", new Uint8Array([...head, ...varint, ...tail]))),
    fc.constant(frame("empty frame", new Uint8Array(0))),
    fc.string({ maxLength: 40 }).map((text) => frame("text frame", text)),
  );
}

/** `count` frames from a fixed seed: the same run every time, and a failure can be replayed. */
export function garbageFrames(captured: readonly Uint8Array[], count: number, seed: number): GarbageFrame[] {
  return fc.sample(garbageFrameArbitrary(captured), { seed, numRuns: count });
}

/** A frame just over the 2 MiB limit: a well-formed update message, too big to accept. */
export function oversizedFrame(): GarbageFrame {
  const payload = new Uint8Array(2 * 1024 * 1024 + 64);
  return frame(
    "frame over 2 MiB",
    bytes((encoder) => {
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, payload);
    }),
  );
}
