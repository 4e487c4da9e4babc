// What this process last wrote to each scope-day, so the next article filed there can skip
// the read. Safe because every commit is guarded by the scope-day's version: if anyone else
// wrote it since, the commit is refused, the entry dropped, and the scope-day read afresh.
import type { ScopeDayContents } from '../store/ports.js';

export class ScopeDayCache {
  private readonly entries = new Map<string, ScopeDayContents>();
  constructor(private readonly maxEntries = 2_000) {}

  private static id(scope: string, day: string): string {
    return `${scope}#${day}`;
  }

  get(scope: string, day: string): ScopeDayContents | undefined {
    const id = ScopeDayCache.id(scope, day);
    const hit = this.entries.get(id);
    if (hit) {
      // Map order is insertion order: re-inserting keeps the most recently used last.
      this.entries.delete(id);
      this.entries.set(id, hit);
    }
    return hit;
  }

  set(contents: ScopeDayContents): void {
    const id = ScopeDayCache.id(contents.scope, contents.day);
    this.entries.delete(id);
    this.entries.set(id, contents);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  drop(scope: string, day: string): void {
    this.entries.delete(ScopeDayCache.id(scope, day));
  }
}
