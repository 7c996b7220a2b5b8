import { connect, createServer, type Server, type Socket } from "node:net";

export interface TcpBalancer {
  /** `http://127.0.0.1:port`: where clients connect, as they would to a load balancer. */
  url: string;
  /** Which backend (its index) each connection accepted so far went to; -1 while connecting. */
  backendOf(): number[];
  close(): Promise<void>;
}

/**
 * A plain TCP load balancer, as an operator would put in front of the instances (HAProxy in TCP
 * mode, a cloud balancer): round-robin over the backends, skipping one that refuses the
 * connection. No stickiness and no knowledge of WebSockets: any instance must serve any map.
 */
export async function startTcpBalancer(backendPorts: readonly number[]): Promise<TcpBalancer> {
  let next = 0;
  const chosen: number[] = [];
  const sockets = new Set<Socket>();

  function pipeTo(client: Socket, slot: number, attempt: number): void {
    if (attempt >= backendPorts.length) {
      client.destroy();
      return;
    }
    const index = (next + attempt) % backendPorts.length;
    const backend = connect({ host: "127.0.0.1", port: backendPorts[index] ?? 0 });
    sockets.add(backend);
    backend.once("connect", () => {
      next = (index + 1) % backendPorts.length;
      chosen[slot] = index;
      client.pipe(backend);
      backend.pipe(client);
      client.resume();
      // Only a connected backend's end is the client's; a refused one's close follows its error.
      backend.once("close", () => client.destroy());
    });
    backend.once("error", () => {
      backend.destroy();
      if (chosen[slot] === -1 && !client.destroyed) pipeTo(client, slot, attempt + 1);
      else client.destroy();
    });
    backend.once("close", () => sockets.delete(backend));
    client.once("close", () => backend.destroy());
  }

  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client);
    client.once("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
    const slot = chosen.push(-1) - 1;
    pipeTo(client, slot, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    backendOf: () => [...chosen],
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
