import { createHash, randomUUID } from 'node:crypto'
import { and, desc, eq, sql } from 'drizzle-orm'
import type { DecisionLetterKind } from '../schema/decision-letters.js'
import { first, type Store } from '../store.js'

export type NewDecisionLetter = {
  personId: string
  kind: DecisionLetterKind
  /** The decision it is about, e.g. `eligibility-decision:<id>`: one letter each. */
  subject: string
  title: string
  rulesVersion: string
  pdf: Uint8Array
  madeByUserId: string
}

/** A letter as listed: everything but its bytes. */
export type DecisionLetterSummary = {
  id: string
  personId: string
  kind: DecisionLetterKind
  subject: string
  title: string
  rulesVersion: string
  sha256: string
  sizeBytes: number
  madeAt: Date
}

/**
 * Decision letters (issue 15, decision 052): each PDF kept byte for byte with its SHA-256, made when the decision was
 * made. `add` is a write: call it inside the `withAudit` of the decision, so a letter never exists without it.
 */
export interface DecisionLettersRepository {
  add(letter: NewDecisionLetter, now: Date): Promise<DecisionLetterSummary>
  /** The person's letters, newest first. */
  listForPerson(personId: string): Promise<DecisionLetterSummary[]>
  /** The letter about a decision, if one was made. */
  findBySubject(subject: string): Promise<DecisionLetterSummary | undefined>
  /** A letter of this person's with its bytes; undefined when the id is not one of theirs. */
  pdfOf(personId: string, letterId: string): Promise<{ letter: DecisionLetterSummary; pdf: Buffer } | undefined>
}

export function createDecisionLettersRepository({ db, t }: Store): DecisionLettersRepository {
  const { decisionLetters } = t
  const summary = {
    id: decisionLetters.id,
    personId: decisionLetters.personId,
    kind: decisionLetters.kind,
    subject: decisionLetters.subject,
    title: decisionLetters.title,
    rulesVersion: decisionLetters.rulesVersion,
    sha256: decisionLetters.sha256,
    madeAt: decisionLetters.madeAt,
    // The size without reading the bytes: length() counts a blob's and a bytea's bytes alike.
    sizeBytes: sql`length(${decisionLetters.pdf})`.mapWith(Number),
  }
  return {
    async add(letter, now) {
      const pdf = Buffer.from(letter.pdf)
      const row = {
        id: randomUUID(),
        personId: letter.personId,
        kind: letter.kind,
        subject: letter.subject,
        title: letter.title,
        rulesVersion: letter.rulesVersion,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        madeAt: now,
      }
      await db.insert(decisionLetters).values({ ...row, pdf, madeByUserId: letter.madeByUserId })
      return { ...row, sizeBytes: pdf.length }
    },

    async listForPerson(personId) {
      return db
        .select(summary)
        .from(decisionLetters)
        .where(eq(decisionLetters.personId, personId))
        .orderBy(desc(decisionLetters.madeAt))
    },

    async findBySubject(subject) {
      return first(await db.select(summary).from(decisionLetters).where(eq(decisionLetters.subject, subject)))
    },

    async pdfOf(personId, letterId) {
      const row = first(
        await db
          .select({ ...summary, pdf: decisionLetters.pdf })
          .from(decisionLetters)
          .where(and(eq(decisionLetters.id, letterId), eq(decisionLetters.personId, personId))),
      )
      if (!row) return undefined
      const { pdf, ...letter } = row
      return { letter, pdf }
    },
  }
}
