import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { LiveEngine } from '../src/engine/liveEngine.js';
import { openEngine } from '../src/engine/openEngine.js';
import type { Reload } from '../src/engine/reloadEngine.js';

const HARBOUR = '---\ntitle: Harbour news\n---\nThe harbour will reopen in May, the port authority said.\n';
const BRIDGE = 'The old bridge will close for repairs in June, engineers warned.\n';

describe('reloading the corpus', () => {
  let root = '';
  let dir = '';
  let live: LiveEngine;
  const events: (Reload | Error)[] = [];

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'verbatim-reload-'));
    dir = join(root, 'corpus');
    await mkdir(dir);
    await writeFile(join(dir, 'harbour.md'), HARBOUR);
    await writeFile(join(dir, 'bridge.txt'), BRIDGE);
    events.length = 0;
    const { engine } = await openEngine(dir, { indexFile: join(root, 'index') });
    live = new LiveEngine(engine, (event) => events.push(event));
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  const answers = (question: string): string[] => ask(live.current(), question).map((r) => r.text);

  it('serves a changed file’s new text', async () => {
    await writeFile(join(dir, 'harbour.md'), HARBOUR.replace('May', 'July'));
    await live.reload();
    expect(answers('When will the harbour reopen?')[0]).toContain('July');
  });

  it('keeps the last good version of a file that no longer validates, and says where it is wrong', async () => {
    await writeFile(
      join(dir, 'harbour.md'),
      '---\ntitle: Harbour news\ndate: next week\n---\nThe harbour will reopen in August.\n',
    );
    const result = await live.reload();
    expect(result?.kept).toEqual(['harbour']);
    expect(result?.issues).toMatchObject([{ file: 'harbour.md', line: 3 }]);
    expect(result?.issues[0]?.message).toContain('date');
    expect(answers('When will the harbour reopen?')[0]).toContain('May');
    expect(answers('When will the bridge close?')[0]).toContain('June');
  });

  it('drops a deleted file and adds a new one', async () => {
    await unlink(join(dir, 'bridge.txt'));
    await writeFile(join(dir, 'ferry.txt'), 'The ferry will run every hour from Monday, the operator announced.\n');
    const result = await live.reload();
    expect(result).toMatchObject({ added: ['ferry'], removed: ['bridge'], kept: [] });
    expect(answers('When will the bridge close?')).toEqual([]);
    expect(answers('How often will the ferry run?')[0]).toContain('every hour');
  });

  it('keeps serving when the folder itself disappears', async () => {
    const before = live.current();
    await rm(dir, { recursive: true, force: true });
    expect(await live.reload()).toBeNull();
    expect(live.current()).toBe(before);
    expect(events.at(-1)).toBeInstanceOf(Error);
  });

  it('runs a reload asked for during another once after it, and ends on the latest files', async () => {
    const runs: (Reload | Error)[] = [];
    const reloading = new LiveEngine(live.current(), (event) => {
      runs.push(event);
      // The file changes as the first run ends, after it has read the folder: the run after it must see the change.
      if (runs.length === 1) writeFileSync(join(dir, 'harbour.md'), HARBOUR.replace('May', 'September'));
    });
    // The second and third are asked for while the first runs: one more run serves both.
    await Promise.all([reloading.reload(), reloading.reload(), reloading.reload()]);
    expect(runs).toHaveLength(2);
    expect(ask(reloading.current(), 'When will the harbour reopen?')[0]?.text).toContain('September');
  });

  it('runs a reload asked for after another has finished', async () => {
    await live.reload();
    await live.reload();
    expect(events).toHaveLength(2);
  });
});
