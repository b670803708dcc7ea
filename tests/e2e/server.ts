import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A static server on 127.0.0.1 for fixture pages: `/<mount>/<file>` is served from `mounts[mount]`, with the
 * response headers listed one a line (`name: value`) in `<file>.headers` beside it, when there is one.
 */
export interface FixtureServer {
  origin: string;
  url(mount: string, file: string): string;
  close(): Promise<void>;
}

/** Starts a fixture server on an ephemeral port of 127.0.0.1. */
export async function startServer(mounts: Record<string, string>): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, mount, ...rest] = path.split('/');
    const base = mounts[mount ?? ''];
    const file = base ? normalize(join(base, ...rest)) : '';
    if (!base || !file.startsWith(normalize(base) + sep)) return void res.writeHead(404).end('not found');
    try {
      const body = await readFile(file);
      const extra = await readFile(`${file}.headers`, 'utf8').catch(() => '');
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      for (const line of extra.split('\n')) {
        const m = /^([\w-]+):\s*(.+)$/.exec(line.trim());
        if (m) headers[m[1].toLowerCase()] = m[2];
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (mount, file) => `${origin}/${mount}/${file}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
