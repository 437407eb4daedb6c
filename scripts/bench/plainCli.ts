/**
 * The reference command line of the benchmark: what answering one question takes with
 * plain MiniSearch and nothing else. It reads every article of a folder, splits them into
 * the same sentences, indexes them with MiniSearch's defaults and prints the five best.
 * It keeps no file between runs: building from text is how a plain index is used.
 *
 *     node dist/scripts/bench/plainCli.js FOLDER "question"
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { splitPassages } from '../../src/passages/splitPassages.js';

const [folder, question] = process.argv.slice(2);
if (!folder || !question) throw new Error('usage: plainCli.js FOLDER "question"');
const sentences: { id: number; text: string }[] = [];
for (const name of readdirSync(folder).filter((n) => /\.(?:md|txt)$/u.test(n))) {
  const body = readFileSync(join(folder, name), 'utf8');
  for (const s of splitPassages(body).sentences)
    sentences.push({ id: sentences.length, text: body.slice(s.start, s.end) });
}
const index = new MiniSearch({ fields: ['text'] });
index.addAll(sentences);
for (const hit of index.search(question).slice(0, 5)) process.stdout.write(`${sentences[hit.id as number]!.text}\n\n`);
