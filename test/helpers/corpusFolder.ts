import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** The article text of `VALID`, as the loader must keep it (a quoted word, a non-breaking space, two paragraphs). */
export const VALID_BODY =
  'The council met on “Tuesday”.\u00a0It voted to reopen the pier.\n\n‘We are delighted,’ said Cllr Rhodes.\n';

/** A Markdown article with every front matter key set; its body starts on line 8. */
export const VALID = [
  '---',
  'title: Pier to reopen',
  'source: The Coastal Gazette',
  'date: 2024-06-01',
  'url: https://example.org/pier',
  'byline: Mara Quint',
  '---',
  VALID_BODY,
].join('\n');

/** The running test's corpus folder: made empty before each test by `useTempCorpusFolder`, removed after it. */
export let dir = '';

/** Gives every test of the calling file a fresh, empty temporary folder in `dir`. */
export function useTempCorpusFolder(): void {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-corpus-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));
}

/** Writes a file into the running test's corpus folder. */
export const put = (name: string, content: string | Uint8Array): Promise<void> => writeFile(join(dir, name), content);
