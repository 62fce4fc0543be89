// A local TCP port that is open at once and relays every connection to a server whose address is only known
// later: connections made before that simply wait, as they would for a slow server.
import { connect, createServer, type AddressInfo, type Socket } from "node:net";

export interface Relay {
  /** `http://127.0.0.1:<port>`: the relay's own address. */
  url: string;
  close(): Promise<void>;
}

/** `target` resolves to the URL of the server to relay to, once it listens. */
export async function relayWhenReady(target: Promise<string>): Promise<Relay> {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    client.on("error", () => client.destroy());
    target.then(
      (url) => {
        if (client.destroyed) return; // gave up waiting
        const { hostname, port } = new URL(url);
        const upstream = connect(Number(port), hostname);
        open.add(upstream);
        upstream.on("close", () => open.delete(upstream));
        upstream.on("error", () => client.destroy());
        client.on("close", () => upstream.destroy());
        client.pipe(upstream).pipe(client);
      },
      () => client.destroy(), // the server never came up; whoever started it reports why
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
