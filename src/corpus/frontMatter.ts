import { createRequire } from 'node:module';
import type { Node } from 'yaml';
import { z } from 'zod';
import type { DocumentMeta } from './types.js';

/**
 * The YAML parser, loaded the first time a file's front matter is read: a bot starting
 * from a current prebuilt index reads none, and loading the parser costs about 30 ms.
 */
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') =>
  (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** An error in one file, with the 1-based line it points to when there is one. */
export class FileProblem extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'FileProblem';
  }
}

const optionalText = z.string().trim().min(1, 'must not be empty').nullable().optional();

/**
 * The front matter a corpus Markdown file may carry. Every key is optional; unknown keys
 * are rejected so that a misspelt key is reported rather than ignored.
 */
export const FrontMatterSchema = z.strictObject({
  /** Shown in replies; defaults to the document id. */
  // YAML reads `title: 1984` as a number; a title is text whatever it looks like.
  title: z
    .union([z.string(), z.number().transform(String)])
    .pipe(z.string().trim().min(1, 'must not be empty'))
    .optional(),
  /** Publisher or outlet. `outlet` is accepted as another name for it. */
  source: optionalText,
  outlet: optionalText,
  /** Publication date, ISO 8601 (`2019-08-01`). */
  date: z.iso.date('must be a date written as YYYY-MM-DD').nullable().optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
    .nullable()
    .optional(),
  byline: optionalText,
});

export interface SplitFile {
  meta: DocumentMeta;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

const FENCE = /^---[^\S\n]*\r?\n/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[^\S\n]*$/m;

/**
 * Separates YAML front matter (between `---` fences at the very top of the file) from
 * the body and validates it. The body is everything after the closing fence's line
 * break, exactly as written.
 */
export function splitFrontMatter(text: string, id: string): SplitFile {
  const defaults = defaultMeta(id);
  const open = FENCE.exec(text);
  if (!open) return { meta: defaults, body: text, bodyLine: 1 };
  const rest = text.slice(open[0].length);
  const close = CLOSING_FENCE.exec(rest);
  if (!close) throw new FileProblem('front matter opened with "---" is never closed by a "---" line', 1);
  const yamlText = rest.slice(0, close.index);
  let bodyStart = open[0].length + close.index + close[0].length;
  if (text[bodyStart] === '\r') bodyStart += 1;
  if (text[bodyStart] === '\n') bodyStart += 1;
  const bodyLine = lineOf(text, bodyStart);
  return { meta: { ...defaults, ...parseMeta(yamlText) }, body: text.slice(bodyStart), bodyLine };
}

function parseMeta(yamlText: string): Partial<DocumentMeta> {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // Line 1 of the YAML is line 2 of the file (after the opening fence).
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line + 1;
  const yamlError = document.errors[0];
  if (yamlError)
    throw new FileProblem(
      `front matter is not valid YAML: ${yamlError.message.split('\n')[0]}`,
      fileLine(yamlError.pos[0]),
    );
  const value: unknown = document.toJS() ?? {};
  const parsed = FrontMatterSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
    const node = typeof key === 'string' ? keyNode(document.contents, key) : null;
    const line = node?.range ? fileLine(node.range[0]) : 2;
    const what =
      issue.code === 'unrecognized_keys'
        ? `unknown key "${String(key)}" (expected title, source, date, url, byline)`
        : key === undefined
          ? 'must be "key: value" lines (title, source, date, url, byline)'
          : `"${String(key)}" ${issue.message}`;
    throw new FileProblem(`front matter ${what}`, line);
  }
  const { title, source, outlet, date, url, byline } = parsed.data;
  return {
    ...(title !== undefined && { title }),
    source: source ?? outlet ?? null,
    date: date ?? null,
    url: url ?? null,
    byline: byline ?? null,
  };
}

function keyNode(contents: Node | null, key: string): Node | null {
  const { isMap, isScalar } = yaml();
  if (!isMap(contents)) return contents;
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.value === key) return pair.key;
  }
  return contents;
}

/** Metadata for a document without front matter: its id as title, nothing else known. */
export function defaultMeta(id: string): DocumentMeta {
  return { title: id, source: null, date: null, url: null, byline: null };
}

/** 1-based line number of a string index. */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
