import { describe, expect, it } from "vitest";
import { decodeFanoutMessage, encodeFanoutMessage, type FanoutMessage } from "./fanoutMessage";

describe("fan-out messages", () => {
  it("carry every kind through encoding unchanged", () => {
    const messages: FanoutMessage[] = [
      { kind: "update", from: "instance-a", seq: 123_456_789, update: new Uint8Array([1, 2, 3, 250]) },
      { kind: "awareness", from: "b", update: new Uint8Array(70_000).fill(7) },
      { kind: "tokens-rotated", from: "c" },
      { kind: "head", from: "d", seq: 42 },
    ];
    for (const message of messages) expect(decodeFanoutMessage(encodeFanoutMessage(message))).toEqual(message);
  });

  it("read anything else on the channel as nothing rather than throwing", () => {
    const update = encodeFanoutMessage({ kind: "update", from: "a", seq: 9, update: new Uint8Array([1, 2, 3]) });
    expect(decodeFanoutMessage(update.slice(0, update.length - 2))).toBeUndefined();
    expect(decodeFanoutMessage(new Uint8Array([99, 1, 97]))).toBeUndefined();
    expect(decodeFanoutMessage(new Uint8Array())).toBeUndefined();
  });
});
