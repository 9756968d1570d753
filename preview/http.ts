/**
 * HTTP plumbing of the preview server: who may talk to it, the headers
 * every answer carries, and reading a bounded JSON body.
 *
 * The preview runs the add-on with the user's files on their machine, so
 * only its own page may drive it. A foreign web page could otherwise post
 * to 127.0.0.1 (cross-site request) or reach it through a name it controls
 * that resolves to 127.0.0.1 (DNS rebinding): every request must name the
 * preview's own host and port in Host, and any Origin a browser sends must
 * be the preview's own. No CORS header is ever sent, so other origins can
 * neither read answers nor send JSON (which needs a preflight).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const HOST = '127.0.0.1';
/** The largest request body: the biggest real one (a cell's text) is a few kB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request answered with this status and message, as JSON `{error}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The origins the preview's own pages have on this port. */
function ownOrigins(port: number): string[] {
  return [`http://${HOST}:${port}`, `http://localhost:${port}`];
}

/** Whether the request comes from the preview's own page (or a local tool that sends no Origin). */
export function isOwnRequest(req: IncomingMessage, port: number): boolean {
  const origins = ownOrigins(port);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!origins.includes(`http://${host}`)) return false;
  const origin = req.headers.origin;
  return origin === undefined || origins.includes(origin.toLowerCase());
}

/**
 * Who may show the answer in a frame: nobody for the page and the API
 * (clickjacking), only the preview's page for the sidebar and document
 * views it frames itself.
 */
export type Framing = 'none' | 'self';

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  framing: Framing = 'none',
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': framing === 'none' ? 'DENY' : 'SAMEORIGIN',
    'content-security-policy': `frame-ancestors ${framing === 'none' ? "'none'" : "'self'"}`,
    ...extra,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), 'none', extra);
}

function tooLarge(): HttpError {
  return new HttpError(413, `Yêu cầu quá lớn: tối đa ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
}

/** The JSON body, at most MAX_BODY_BYTES; 413 past that (told by Content-Length or counted), 400 when not JSON. */
export function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return;
      try {
        resolveBody(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        reject(new HttpError(400, 'Nội dung yêu cầu không phải JSON.'));
      }
    });
    req.on('error', reject);
  });
}

/** Answers a failed request; a 413 closes the connection rather than reading the rest of the body. */
export function sendError(res: ServerResponse, error: HttpError): void {
  if (res.headersSent) return;
  sendJson(res, error.status, { error: error.message }, error.status === 413 ? { connection: 'close' } : {});
}

export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePort((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}
