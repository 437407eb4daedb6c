import type { Command } from '../src/interactions/command.js';
import * as article from './article.js';
import * as ask from './ask.js';
import * as help from './help.js';
import * as quotes from './quotes.js';
import * as speakers from './speakers.js';
import * as whosaid from './whosaid.js';
import * as whoSaidThis from './whoSaidThis.js';

/** Every command the bot registers and answers, in the order `/help` and Discord list them. */
export const commands: readonly Command[] = [ask, whosaid, whoSaidThis, quotes, speakers, article, help];
