import type { CallCounters } from './environment-api';

export class Counters implements CallCounters {
  private calls = new Map<string, number>();
  private read = 0;
  private written = 0;
  private searched = 0;

  count(key: string): void {
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
  }

  cellsRead(n: number): void {
    this.read += n;
  }

  cellsWritten(n: number): void {
    this.written += n;
  }

  /** Cells a TextFinder scanned on Google's side (none of them are returned). */
  cellsSearched(n: number): void {
    this.searched += n;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.calls.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.calls.clear();
    this.read = 0;
    this.written = 0;
    this.searched = 0;
  }

  total(...prefixes: string[]): number {
    let sum = 0;
    for (const [key, n] of this.calls) {
      if (prefixes.length === 0 || prefixes.some((p) => key.startsWith(p))) sum += n;
    }
    return sum;
  }

  cells(): { read: number; written: number; searched: number } {
    return { read: this.read, written: this.written, searched: this.searched };
  }
}
