import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, isAbsolute } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { splitPassages } from '../passages/splitPassages.js';
import { CorpusError } from './errors.js';
import { defaultMeta, FileProblem, splitFrontMatter } from './frontMatter.js';
import type { Corpus, CorpusDocument, CorpusIssue, KnownFiles } from './types.js';

/** Extensions read as articles. */
const CORPUS_EXTENSIONS = ['.md', '.txt'] as const;

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const BOM = '\uFEFF';
/**
 * Files read one after another before the event loop gets a turn. Each is read whole
 * and at once: reading a thousand articles takes about 15 ms so, against about 190 ms
 * through `fs.promises.readFile`, and a bot's connection still gets a turn every few
 * milliseconds.
 */
const FILES_PER_TURN = 64;

export interface LoadOptions {
  /** Files read before (by a prebuilt index), whose front matter need not be parsed again. */
  known?: KnownFiles;
}

/**
 * Reads every `.md` and `.txt` file in `dir` (not recursively) as one document, in file
 * name order. A file that cannot be used is reported in `issues` and skipped; the other
 * files still load. Throws `CorpusError` only when the folder itself is missing or unreadable.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const entries = await readFolder(dir);
  const documents: CorpusDocument[] = [];
  const issues: CorpusIssue[] = [];
  const seen = new Map<string, string>();
  let read = 0;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const file = entry.name;
    if (file.startsWith('.')) continue;
    const extension = extname(file).toLowerCase();
    if (entry.isDirectory()) {
      issues.push({ file, line: null, message: 'is a folder; corpus folders are not read recursively' });
      continue;
    }
    if (!(CORPUS_EXTENSIONS as readonly string[]).includes(extension)) {
      issues.push({ file, line: null, message: `is not an article file (expected ${CORPUS_EXTENSIONS.join(' or ')})` });
      continue;
    }
    // A named pipe or a device would never end, or never start.
    if (!entry.isFile() && !entry.isSymbolicLink()) {
      issues.push({ file, line: null, message: 'is not a regular file' });
      continue;
    }
    if (entry.isSymbolicLink()) {
      const problem = await linkProblem(dir, file);
      if (problem) {
        issues.push({ file, line: null, message: problem });
        continue;
      }
    }
    const id = basename(file, extname(file));
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push({ file, line: null, message: `has the same document id "${id}" as ${earlier}; rename one of them` });
      continue;
    }
    try {
      if (++read % FILES_PER_TURN === 0) await nextTurn();
      documents.push(parseDocumentFile(file, id, readFileSync(join(dir, file)), options.known));
      seen.set(id, file);
    } catch (error) {
      if (error instanceof FileProblem) issues.push({ file, line: error.line, message: error.message });
      else
        issues.push({
          file,
          line: null,
          message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        });
    }
  }
  return { dir, documents, issues };
}

/**
 * Articles are read from the corpus folder only: a link may point at another file in it,
 * never outside it (a link to /etc/passwd named "article.txt" is refused).
 */
async function linkProblem(dir: string, file: string): Promise<string | null> {
  try {
    const [folder, target] = await Promise.all([realpath(dir), realpath(join(dir, file))]);
    const inside = relative(folder, target);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
      return 'is a link to a file outside the corpus folder; it is not read';
    if (!(await stat(target)).isFile()) return 'is a link to something that is not a file';
    return null;
  } catch {
    return 'is a link whose target does not exist';
  }
}

async function readFolder(dir: string) {
  try {
    if (!(await stat(dir)).isDirectory()) throw new CorpusError(`corpus path ${dir} is not a folder`);
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CorpusError(`corpus folder ${dir} does not exist`);
    throw new CorpusError(`corpus folder ${dir} cannot be read (${code ?? String(error)})`);
  }
}

/**
 * Turns one file's bytes into a document. Throws `FileProblem` for an empty or binary
 * file, invalid UTF-8, bad front matter, or a file with no article text. A file read
 * before (the same name and bytes) takes its front matter from `readBefore`.
 */
export function parseDocumentFile(
  file: string,
  id: string,
  bytes: Uint8Array,
  readBefore?: KnownFiles,
): CorpusDocument {
  if (bytes.length === 0) throw new FileProblem('is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new FileProblem('is a binary file, not text', lineOfByte(bytes, nul));
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new FileProblem('is not valid UTF-8 text', lineOfByte(bytes, firstInvalidUtf8(bytes)));
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  // Only Markdown files carry front matter; a .txt file is all article text.
  const markdown = extname(file).toLowerCase() === '.md';
  const hash = markdown ? createHash('sha256').update(bytes).digest('hex') : null;
  const before = hash === null ? undefined : readBefore?.(file, hash);
  const { meta, body, bodyLine } =
    before !== undefined && before.bodyStart <= text.length
      ? { meta: before.meta, body: text.slice(before.bodyStart), bodyLine: before.bodyLine }
      : markdown
        ? splitFrontMatter(text, id)
        : { meta: defaultMeta(id), body: text, bodyLine: 1 };
  if (body.trim() === '')
    throw new FileProblem(text.trim() === '' ? 'is empty' : 'has no article text after its front matter', bodyLine);
  const origin = hash === null ? {} : { origin: { hash, bodyStart: text.length - body.length } };
  return { id, file, meta, body, bodyLine, ...splitPassages(body), ...origin };
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      UTF8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
