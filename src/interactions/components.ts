import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Engine } from '../engine/engine.js';
import { passageRef } from '../answer/passageRef.js';
import type { Result } from '../answer/types.js';
import { DISCORD_LIMITS } from '../render/limits.js';

/**
 * Buttons under an answer. Each carries what it needs in its custom id (at most 100
 * characters), so any process can answer a click without remembering the question:
 * `more:<ref>,<ref>` lists the passages still to show, `context:<ref>` the passage whose
 * paragraph to show. A reference is about a dozen characters (see `passageRef`).
 */
export const BUTTON = { more: 'more', context: 'context' } as const;

/** "More" plus a "Context" button per shown paragraph, within one row of five. */
export function answerButtons(
  engine: Engine,
  shown: readonly Result[],
  rest: readonly Result[],
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = [];
  const moreRefs: string[] = [];
  let moreId: string = BUTTON.more;
  for (const r of rest) {
    const next = `${BUTTON.more}:${[...moreRefs, passageRef(engine, r)].join(',')}`;
    if (next.length > DISCORD_LIMITS.customId) break;
    moreRefs.push(passageRef(engine, r));
    moreId = next;
  }
  if (moreRefs.length > 0) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: `More (${moreRefs.length})`,
      custom_id: moreId,
    });
  }
  const paragraphs = new Set<string>();
  for (const r of shown) {
    const key = `${r.doc}#${r.paragraph}`;
    if (paragraphs.has(key) || buttons.length >= DISCORD_LIMITS.buttonsPerRow) continue;
    paragraphs.add(key);
    const label = shown.length === 1 ? 'Context' : `Context ¶${r.paragraph}`;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label,
      custom_id: `${BUTTON.context}:${passageRef(engine, r)}`,
    });
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** The kind of button and its references, from a custom id; null for ids this bot did not make. */
export function parseButton(customId: string): { kind: 'more' | 'context'; refs: string[] } | null {
  const [kind, refs = ''] = customId.split(':', 2);
  if (kind !== BUTTON.more && kind !== BUTTON.context) return null;
  const list = refs.split(',').filter((r) => r.length > 0);
  return list.length > 0 ? { kind, refs: list } : null;
}
