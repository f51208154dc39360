import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createDrafts, type Drafts } from './drafts';

export type NoticeKind = 'info' | 'success' | 'error';

export interface Shell {
  /** Says something in the status line (an aria-live region): saved, loading, what went wrong. */
  announce(text: string, kind?: NoticeKind): void;
  drafts: Drafts;
  /** Today by the server's clock once a list has been loaded (Seoul), else this computer's. */
  today: string;
}

export const ShellContext = createContext<Shell>({
  announce: () => undefined,
  drafts: createDrafts(null),
  today: '',
});

export const useShell = (): Shell => useContext(ShellContext);
