import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT } from './browser';

export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');
export const CORPUS_DIR = path.resolve(ROOT, '../shared/corpus/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** URL prefixes and the folders they serve. */
const MOUNTS: Array<[string, string]> = [
  ['/corpus/', CORPUS_DIR],
  ['/vendor/preact.umd.js', path.join(ROOT, 'node_modules/preact/dist/preact.umd.js')],
  ['/vendor/hooks.umd.js', path.join(ROOT, 'node_modules/preact/hooks/dist/hooks.umd.js')],
  ['/', FIXTURES_DIR],
];

export interface FixtureServer {
  origin: string;
  url(pathname: string): string;
  /** Extra response headers for one path, e.g. a strict CSP. */
  setHeaders(pathname: string, headers: Record<string, string>): void;
  close(): Promise<void>;
}

function resolveFile(pathname: string): string | null {
  for (const [prefix, target] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = prefix.endsWith('/') ? path.join(target, pathname.slice(prefix.length)) : target;
    // Never serve outside the mounted folder.
    if (prefix.endsWith('/') && !file.startsWith(target)) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }
  return null;
}

/** A static server on 127.0.0.1 for fixture and corpus pages. Each page is at /<file>. */
export async function serveFixtures(): Promise<FixtureServer> {
  const extraHeaders = new Map<string, Record<string, string>>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolveFile(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...extraHeaders.get(pathname),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname.startsWith('/') ? '' : '/'}${pathname}`,
    setHeaders: (pathname, headers) => void extraHeaders.set(pathname, headers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
