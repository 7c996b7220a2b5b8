import { once } from "node:events";
import { createServer, connect, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { TurnWrites } from "./turnWrites";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A loopback TCP pair: what the server side writes, the client side reads. */
async function socketPair(): Promise<{ sender: Socket; received: () => string }> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const client = connect((server.address() as AddressInfo).port, "127.0.0.1");
  const [sender] = (await once(server, "connection")) as [Socket];
  let text = "";
  client.on("data", (chunk: Buffer) => (text += chunk.toString()));
  cleanups.push(() => {
    client.destroy();
    sender.destroy();
    server.close();
  });
  return { sender, received: () => text };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("TurnWrites", () => {
  it("writes a turn's first frame at once and holds the rest of the turn for one write at its end", async () => {
    const { sender, received } = await socketPair();
    const writes = new TurnWrites(sender);
    writes.beforeWrite();
    sender.write("a");
    expect(sender.writableCorked).toBe(0);
    writes.beforeWrite();
    sender.write("b");
    writes.beforeWrite();
    sender.write("c");
    expect(sender.writableCorked).toBe(1);
    expect(sender.writableLength).toBe(2);
    await nextTurn();
    expect(sender.writableCorked).toBe(0);
    await expect.poll(received).toBe("abc");
    writes.beforeWrite();
    sender.write("d");
    expect(sender.writableCorked).toBe(0);
    await expect.poll(received).toBe("abcd");
  });
});
