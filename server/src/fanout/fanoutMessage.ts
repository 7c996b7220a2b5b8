import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** What travels on a map's channel. `from` is the sending instance, so it can skip its own echo. */
export type FanoutMessage =
  | { kind: "update"; from: string; seq: number; update: Uint8Array }
  | { kind: "awareness"; from: string; update: Uint8Array }
  | { kind: "tokens-rotated"; from: string }
  | { kind: "head"; from: string; seq: number };

const KIND = { update: 1, awareness: 2, "tokens-rotated": 3, head: 4 } as const;

/** Binary, not JSON: updates are bytes, and base64 would grow every edit by a third. */
export function encodeFanoutMessage(message: FanoutMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, KIND[message.kind]);
  encoding.writeVarString(encoder, message.from);
  switch (message.kind) {
    case "update":
      encoding.writeVarUint(encoder, message.seq);
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case "awareness":
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case "head":
      encoding.writeVarUint(encoder, message.seq);
      break;
    case "tokens-rotated":
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Undefined for anything else on the channel: a newer instance's message kind, or garbage. */
export function decodeFanoutMessage(bytes: Uint8Array): FanoutMessage | undefined {
  try {
    const decoder = decoding.createDecoder(bytes);
    const kind = decoding.readUint8(decoder);
    const from = decoding.readVarString(decoder);
    switch (kind) {
      case KIND.update: {
        const seq = decoding.readVarUint(decoder);
        return { kind: "update", from, seq, update: decoding.readVarUint8Array(decoder) };
      }
      case KIND.awareness:
        return { kind: "awareness", from, update: decoding.readVarUint8Array(decoder) };
      case KIND["tokens-rotated"]:
        return { kind: "tokens-rotated", from };
      case KIND.head:
        return { kind: "head", from, seq: decoding.readVarUint(decoder) };
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}
