/**
 * Starts the preview for a test: on a free port, with its own temporary data folder (so tests never
 * touch .preview-data/ and start from a freshly set-up, seeded workbook), with a fixed clock.
 * `startPreviewInProcess` is fast; `startPreviewProcess` runs `node dev/preview/server.mjs` the way
 * `npm start` does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreview, type PreviewOptions, type RunningPreview } from '../../../dev/preview/server';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const FIXED_NOW = '2026-03-03T09:00:00+09:00'; // a Tuesday (3/2 is a substitute holiday)

export function temporaryDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'dong-case-e2e-'));
}

export interface TestPreview extends RunningPreview {
  dataDir: string;
  /** Every line the server logged. */
  logs: string[];
  /** Stops the server and deletes the data folder (unless `keepData`). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export async function startPreviewInProcess(options: Partial<PreviewOptions> = {}): Promise<TestPreview> {
  const dataDir = options.dataDir ?? temporaryDataDir();
  const logs: string[] = [];
  const preview = await startPreview({
    port: 0,
    now: FIXED_NOW,
    ...options,
    dataDir,
    log: (line) => logs.push(line),
  });
  return {
    ...preview,
    dataDir,
    logs,
    async stop({ keepData = false } = {}) {
      await preview.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface PreviewProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** `node dev/preview/server.mjs [args]` with PORT=0; resolves once it logs its URL. */
export function startPreviewProcess(
  dataDir: string,
  args: readonly string[] = [],
  timeoutMs = 30_000,
): Promise<PreviewProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dev', 'preview', 'server.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', PREVIEW_DATA_DIR: dataDir, PREVIEW_NOW: FIXED_NOW },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`preview did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /미리보기: (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, output: () => output, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with code ${code}:\n${output}`));
    });
  });
}

export type ServerOutcome<T = unknown> = { ok: boolean; result?: T; error?: { message: string } };

/** A server function called as google.script.run calls it in the preview (POST /api/run/:name). */
export async function runOnServer<T = unknown>(
  url: string,
  name: string,
  arg: unknown,
): Promise<ServerOutcome<T>> {
  const response = await fetch(`${url}/api/run/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ args: [arg] }),
  });
  return (await response.json()) as ServerOutcome<T>;
}
