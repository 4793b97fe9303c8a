import http from "node:http";

/**
 * Next.js does not hand the socket's address to route handlers: it only copies it into
 * X-Forwarded-For when the client sent none, so a client that sends one hides it. To
 * throttle sign-ins by a real address, the server records the peer of every request in
 * this header as the request arrives, overwriting whatever a client put there.
 * instrumentation.ts installs it once per server process.
 */
export const PEER_HEADER = "x-evalmine-peer";

const INSTALLED = Symbol.for("evalmine.peer-address-recorded");
type Flagged = typeof globalThis & { [INSTALLED]?: boolean };

export function recordPeerAddresses(): void {
  const global = globalThis as Flagged;
  if (global[INSTALLED]) return;
  type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  const emit = http.Server.prototype.emit as Emit;
  const emitWithPeer: Emit = function (event, ...args) {
    if (event === "request" || event === "checkContinue" || event === "checkExpectation") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  };
  http.Server.prototype.emit = emitWithPeer as typeof http.Server.prototype.emit;
  global[INSTALLED] = true;
}

/** Whether this process records peers; if not, the header may come from anyone and is ignored. */
export function peerAddressesRecorded(): boolean {
  return (globalThis as Flagged)[INSTALLED] === true;
}
