/**
 * The server API as the sidebar sees it, derived from the entry module (src/gas/main.ts) the way
 * enuchi/React-Google-Apps-Script types google.script.run from the server's exports: every export
 * made with `serve<Input>()` (src/gas/serve.ts) is a function the sidebar may call, with that input
 * and the use case's own result. Nothing here is written twice, so a server function renamed,
 * added or given a new result is a compile error wherever src/ui uses it.
 *
 * Types only (the lint rule of dev/eslint-layers.mjs lets src/ui import this folder with
 * `import type` and nothing else): nothing here reaches a bundle.
 */
import type * as Entry from '../gas/main';
import type { Served } from '../gas/serve';

type EntryModule = typeof Entry;

/** The names of the server functions the sidebar may call. */
export type ServerName = {
  [K in keyof EntryModule]: EntryModule[K] extends Served<never, unknown> ? K : never;
}[keyof EntryModule];

/** What the sidebar sends to `name`. */
export type ServerInput<K extends ServerName> = EntryModule[K] extends Served<infer I, unknown> ? I : never;

/** What `name` gives back (after the JSON crossing: dates are already strings on the server). */
export type ServerResult<K extends ServerName> = ReturnType<EntryModule[K]>;

/** Every server function the sidebar calls: [input, result]. */
export type ServerApi = { [K in ServerName]: [ServerInput<K>, ServerResult<K>] };

/** google.script.run as promises. */
export type ServerClient = { [K in ServerName]: (input: ServerInput<K>) => Promise<ServerResult<K>> };
