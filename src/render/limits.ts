/**
 * Discord's message limits, in one place. Every reply is clamped to these; text from an
 * article is only ever shortened to a verbatim prefix followed by an ellipsis.
 * https://discord.com/developers/docs/resources/message#create-message
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-choice-structure
 */
export const DISCORD_LIMITS = {
  /** Characters in a message's `content`. */
  content: 2000,
  /** Embeds in one message. */
  embeds: 10,
  /** Characters in an embed title. */
  embedTitle: 256,
  /** Characters in an embed description. */
  embedDescription: 4096,
  /** Fields in one embed. */
  embedFields: 25,
  /** Characters in a field name. */
  fieldName: 256,
  /** Characters in a field value. */
  fieldValue: 1024,
  /** Characters in an embed footer. */
  embedFooter: 2048,
  /** Characters in an embed author name. */
  embedAuthor: 256,
  /** Characters across all embeds of one message. */
  embedTotal: 6000,
  /** Autocomplete choices in one response. */
  choices: 25,
  /** Characters in a choice's name, and in its string value. */
  choiceName: 100,
  choiceValue: 100,
  /** Characters in a button label. */
  buttonLabel: 80,
  /** Characters in a link button's url. */
  buttonUrl: 512,
  /** Characters in a component's custom id. */
  customId: 100,
  /** Buttons in one action row, and action rows in one message. */
  buttonsPerRow: 5,
  actionRows: 5,
} as const;

/** The label appended to a shortened article text: the only character added to a verbatim prefix. */
export const ELLIPSIS = '…';
