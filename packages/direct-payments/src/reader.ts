/**
 * Who reads an explanation about the person the money is for: the person themself ("you pay …"), or someone else
 * reading about them by name ("Alex Morgan pays …"): a representative or the council's staff. With no reader (as
 * stored when the figure was worked out) the words say "the person".
 */
export type Reader = { you: true } | { name: string }

/** The person as the subject of a sentence: "you", "Alex Morgan", "the person". */
export const subjectOf = (reader: Reader | undefined) =>
  reader === undefined ? 'the person' : 'you' in reader ? 'you' : reader.name

/** A verb in the present for the person: "you pay", "Alex Morgan pays". */
export const personDoes = (reader: Reader | undefined, verb: string) =>
  `${subjectOf(reader)} ${reader !== undefined && 'you' in reader ? verb : `${verb}s`}`

/** The person's, before a noun: "your", "Alex Morgan's", "the person's". */
export const possessiveOf = (reader: Reader | undefined) =>
  reader !== undefined && 'you' in reader ? 'your' : `${subjectOf(reader)}'s`
