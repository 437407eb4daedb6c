import { watch, type FSWatcher } from 'node:fs';
import type { Engine } from './engine.js';
import { reloadEngine, type Reload } from './reloadEngine.js';

/** Quiet time after the last file change before reloading: editors save in several steps. */
const WATCH_DEBOUNCE_MS = 300;

/**
 * The engine a running bot answers from, replaced whole when the corpus is reloaded, so
 * a question is always answered from one consistent corpus. Reloads run one at a time;
 * a failed reload leaves the current engine in place.
 */
export class LiveEngine {
  private engine: Engine;
  private reloading: Promise<Reload | null> | null = null;
  private again = false;

  constructor(
    engine: Engine,
    private readonly onReload: (result: Reload | Error) => void = () => {},
    private readonly indexFile: string | null = null,
  ) {
    this.engine = engine;
  }

  /** The engine to answer from now. */
  readonly current = (): Engine => this.engine;

  /** Reloads the corpus folder; a reload asked for during another runs once after it. */
  reload(): Promise<Reload | null> {
    if (this.reloading) {
      this.again = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      let last: Reload | null = null;
      do {
        this.again = false;
        try {
          last = await reloadEngine(this.engine, this.indexFile);
          this.engine = last.engine;
          this.onReload(last);
        } catch (error) {
          this.onReload(error instanceof Error ? error : new Error(String(error)));
        }
      } while (this.again);
      this.reloading = null;
      return last;
    })();
    return this.reloading;
  }

  /** Reloads whenever a file in the corpus folder changes; returns a function that stops watching. */
  watch(): () => void {
    let timer: NodeJS.Timeout | undefined;
    const watcher: FSWatcher = watch(this.engine.corpus.dir, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), WATCH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      watcher.close();
    };
  }
}
