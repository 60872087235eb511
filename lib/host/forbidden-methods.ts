import http from 'node:http';
import type { Duplex } from 'node:stream';
import { securityHeaders } from './security-headers';

/**
 * The Fetch standard forbids the methods CONNECT, TRACE and TRACK: `new
 * Request()` throws on them. Next builds a `Request` for proxy.ts from every
 * request it receives, so before the host contract can refuse a TRACE,
 * `next start` has answered 500 (`TypeError: 'TRACE' HTTP method is
 * unsupported`). Node's HTTP parser answers TRACK with 400 itself, and drops
 * the connection of a CONNECT when the server has no `connect` listener.
 * So the contract's 405 for TRACE and CONNECT is given here, at the HTTP
 * server, before Next sees the request. nginx in front (the server shape)
 * refuses both itself; this is for `next start` facing clients directly.
 */
const FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);
const ALLOW = 'GET, HEAD';
let installed = false;

export function refuseForbiddenMethods() {
  if (installed) return;
  installed = true;
  const headers = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]));
  const refuseConnect = (_request: http.IncomingMessage, socket: Duplex) => {
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOW}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
  };
  // Next creates its server itself and offers no hook in front of its handler: the one place to stand
  // is the server's own `emit`. Every other request and event passes untouched.
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'connection' && this.listenerCount('connect') === 0) this.on('connect', refuseConnect);
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (FORBIDDEN.has(request.method ?? '')) {
        response.writeHead(405, { ...headers, Allow: ALLOW, 'Content-Length': '0' }).end();
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
