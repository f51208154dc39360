/**
 * The local preview (`npm start`): the built add-on running in the Apps Script fakes, behind a
 * page that looks like a Google Sheets window. Routes:
 *
 *   GET  /                 the spreadsheet page (dev/preview/page/)
 *   POST /api/open         "opens" the spreadsheet: runs onOpen, returns the state
 *   GET  /api/state        grid, menus, sidebars, toasts, alerts, counts
 *   POST /api/menu/:fn     a menu item click
 *   POST /api/run/:fn      a google.script.run call, body { args: [...] }
 *   POST /api/triggers/run runs the time-driven triggers now (the daily reminders)
 *   POST /api/clock        sets the fake clock, body { now: ISO }; it then stays there
 *   POST /api/edit         a person's edit of the grid (dev/preview/hand-edit.ts): typing, a row,
 *                          a column, a sort; returns { outcome, state }
 *   GET  /sidebar, /dialog the latest sidebar/dialog HTML with the google.script.run shim injected
 *   GET  /outbox           every mail sent, newest first
 *   GET  /documents        every document made
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DEFAULT_DATA_DIR, PAGE_DIR, ROOT, SHIM_FILE } from './paths';
import { PreviewSession, type SessionOptions } from './session';
import { renderDocuments, renderOutbox } from './views';

export interface PreviewOptions extends Partial<SessionOptions> {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1 (the preview has no sign-in). */
  host?: string;
}

export interface RunningPreview {
  url: string;
  port: number;
  session: PreviewSession;
  close(): Promise<void>;
}

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Puts the shim first in <head>, so it exists before any of the add-on's own scripts run. */
export function injectShim(html: string, host: 'sidebar' | 'dialog'): string {
  const shim = `<script data-host="${host}">\n${readFileSync(SHIM_FILE, 'utf8')}\n</script>`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (head)
    return html.slice(0, head.index + head[0].length) + shim + html.slice(head.index + head[0].length);
  const root = /<html\b[^>]*>/i.exec(html);
  if (root)
    return (
      html.slice(0, root.index + root[0].length) +
      `<head>${shim}</head>` +
      html.slice(root.index + root[0].length)
    );
  return shim + html;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function indexParam(url: URL): number | undefined {
  const raw = url.searchParams.get('i');
  return raw === null || raw === '' ? undefined : Number(raw);
}

function handler(session: PreviewSession) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://preview');
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /' || route === 'GET /index.html') {
      return send(res, 200, STATIC_TYPES['.html']!, readFileSync(path.join(PAGE_DIR, 'index.html'), 'utf8'));
    }
    if (req.method === 'GET' && url.pathname.startsWith('/page/')) {
      const name = path.basename(url.pathname);
      const type = STATIC_TYPES[path.extname(name)];
      if (!type) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
      try {
        return send(res, 200, type, readFileSync(path.join(PAGE_DIR, name), 'utf8'));
      } catch {
        return send(res, 404, 'text/plain; charset=utf-8', 'not found');
      }
    }
    if (route === 'POST /api/open') {
      session.openSpreadsheet();
      return sendJson(res, 200, session.state());
    }
    if (route === 'GET /api/state') return sendJson(res, 200, session.state());
    const menu = /^\/api\/menu\/([\w$]+)$/.exec(url.pathname);
    if (req.method === 'POST' && menu) {
      const outcome = session.runMenuItem(menu[1]!);
      return sendJson(res, 200, { outcome, state: session.state() });
    }
    if (route === 'POST /api/triggers/run') {
      const outcomes = session.runTimeTriggers();
      return sendJson(res, 200, { outcomes, state: session.state() });
    }
    if (route === 'POST /api/clock') {
      const body = (await readJson(req)) as { now?: unknown };
      if (typeof body.now !== 'string' || Number.isNaN(Date.parse(body.now)))
        return sendJson(res, 400, { error: '시각을 알 수 없습니다 (예: 2026-03-03T09:00:00+09:00)' });
      session.setClock(body.now);
      return sendJson(res, 200, session.state());
    }
    if (route === 'POST /api/edit') {
      const outcome = session.editByHand(await readJson(req));
      return sendJson(res, 200, { outcome, state: session.state() });
    }
    const run = /^\/api\/run\/([\w$]+)$/.exec(url.pathname);
    if (req.method === 'POST' && run) {
      const body = (await readJson(req)) as { args?: unknown };
      const args = Array.isArray(body.args) ? body.args : [];
      return sendJson(res, 200, session.runScriptFunction(run[1]!, args));
    }
    if (route === 'GET /sidebar' || route === 'GET /dialog') {
      const kind = url.pathname === '/sidebar' ? 'sidebar' : 'dialog';
      const shown = kind === 'sidebar' ? session.sidebar(indexParam(url)) : session.dialog(indexParam(url));
      if (!shown) return send(res, 404, 'text/plain; charset=utf-8', `no ${kind} has been shown`);
      return send(res, 200, STATIC_TYPES['.html']!, injectShim(shown.html, kind));
    }
    if (route === 'GET /outbox')
      return send(res, 200, STATIC_TYPES['.html']!, renderOutbox(session.env.mails()));
    if (route === 'GET /documents') {
      return send(res, 200, STATIC_TYPES['.html']!, renderDocuments(session.env.documents()));
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  };
}

export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const log = options.log ?? ((line: string) => console.log(line));
  const session = new PreviewSession({ ...options, dataDir: options.dataDir ?? DEFAULT_DATA_DIR, log });
  const handle = handler(session);
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      log(`${req.method} ${req.url} failed: ${message}`);
      if (!res.headersSent) sendJson(res, 500, { error: message });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    session,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          session.flush();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/**
 * `npm start`: PORT, HOST, PREVIEW_DATA_DIR and PREVIEW_NOW (a fixed clock, ISO) from the
 * environment. `npm start -- --empty` starts on a new, empty spreadsheet (the first run) kept in
 * its own folder, emptied on every such start, so the demo workbook stays as it was.
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const empty = argv.includes('--empty');
  const baseDir = path.resolve(ROOT, process.env.PREVIEW_DATA_DIR || DEFAULT_DATA_DIR);
  const dataDir = empty ? path.join(baseDir, 'empty') : baseDir;
  if (empty) rmSync(dataDir, { recursive: true, force: true });
  const preview = await startPreview({
    port: process.env.PORT ? Number(process.env.PORT) : 8787,
    host: process.env.HOST || undefined,
    dataDir,
    now: process.env.PREVIEW_NOW || undefined,
    empty,
  });
  const shownDir = path.relative(ROOT, dataDir).startsWith('..') ? dataDir : path.relative(ROOT, dataDir);
  console.log(`동 사례관리 미리보기: ${preview.url}  (workbook: ${shownDir}/)`);
  const stop = () => {
    preview.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
