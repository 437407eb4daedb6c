import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { askOrClosest } from '../answer/ask.js';
import type { Engine } from '../engine/engine.js';
import { whoSaid } from '../answer/whoSaid.js';

/** One batch request; other keys on the line (gold answers, notes) are ignored. */
const BatchLine = z.object({
  id: z.union([z.string(), z.number()]),
  command: z.enum(['ask', 'whosaid']),
  text: z.string(),
});

/** Longest line echoed into an error message. */
const MAX_QUOTED = 60;

function describe(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `"${i.path.join('.')}": ${i.message}` : i.message)).join('; ');
}

/** The answer to one line of a batch, as the line of JSON to print. */
export function answerLine(engine: Engine, line: string, number: number): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    const shown = line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line;
    return JSON.stringify({ id: null, line: number, error: `not valid JSON: ${JSON.stringify(shown)}` });
  }
  const parsed = BatchLine.safeParse(json);
  if (!parsed.success) return JSON.stringify({ id: null, line: number, error: describe(parsed.error) });
  const { id, command, text } = parsed.data;
  if (command === 'whosaid') return JSON.stringify({ id, results: whoSaid(engine, text) });
  const { results, closest } = askOrClosest(engine, text);
  return JSON.stringify(closest.length > 0 ? { id, results, closest } : { id, results });
}

/**
 * Answers a JSON-lines batch: each line `{"id", "command": "ask" | "whosaid", "text"}`
 * gives one output line `{"id", "results": [...]}`, in order; a question with no results
 * also has `"closest"`, the passages that come closest to it (see `askOrClosest`). A malformed line gives
 * `{"id": null, "line": N, "error": "..."}` and the batch goes on. Blank lines are skipped.
 */
export async function runBatch(
  engine: Engine,
  input: Readable,
  output: Writable,
): Promise<{ lines: number; errors: number }> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  let errors = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const answer = answerLine(engine, line, number);
    if (answer.startsWith('{"id":null,')) errors++;
    if (!output.write(`${answer}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return { lines: number, errors };
}

/** Opens a batch file for reading. */
export function batchInput(file: string): Readable {
  return createReadStream(file);
}
