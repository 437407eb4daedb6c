import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleSource } from '../src/runtime/staleBuild.js';

describe('noticing compiled code older than its sources', () => {
  let root = '';
  const at = async (path: string, day: number): Promise<void> => {
    const when = new Date(Date.UTC(2024, 0, day));
    await utimes(join(root, path), when, when);
  };
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'verbatim-stale-'));
    await mkdir(join(root, 'src', 'quotes'), { recursive: true });
    await mkdir(join(root, 'dist', 'src', 'quotes'), { recursive: true });
    for (const path of ['src/quotes/find.ts', 'dist/src/quotes/find.js', 'src/types.d.ts', 'dist/.tsbuildinfo'])
      await writeFile(join(root, path), '');
    await at('src/quotes/find.ts', 1);
    await at('src/types.d.ts', 5);
    await at('dist/src/quotes/find.js', 2);
    await at('dist/.tsbuildinfo', 2);
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it('finds nothing when every source is older than the build', () => {
    expect(staleSource(root)).toBeNull();
  });

  it('names a source edited since the build', async () => {
    await at('src/quotes/find.ts', 3);
    expect(staleSource(root)).toBe(join('src', 'quotes', 'find.ts'));
  });

  it('names a source that was never compiled', async () => {
    await writeFile(join(root, 'src', 'new.ts'), '');
    expect(staleSource(root)).toBe(join('src', 'new.ts'));
  });

  it('accepts a source a watching compiler has compiled since the last full build', async () => {
    await at('src/quotes/find.ts', 3);
    await at('dist/src/quotes/find.js', 4);
    expect(staleSource(root)).toBeNull();
  });

  it('finds nothing where there are no sources, as in an image that ships dist/ alone', async () => {
    await rm(join(root, 'src'), { recursive: true });
    expect(staleSource(root)).toBeNull();
  });
});
