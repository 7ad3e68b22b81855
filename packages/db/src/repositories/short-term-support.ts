import { randomUUID } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { auditLog, people } from '../schema.js'
import { shortTermServiceTypes, shortTermSupport } from '../schema/statutory-returns.js'
import type { SqliteDb } from '../sqlite-db.js'

const date = (what: string) => z.iso.date({ error: `${what} must be a date written as YYYY-MM-DD` })

export const NewShortTermSupportSchema = z
  .object({
    id: z.string().trim().min(1).optional(),
    personId: z.string().trim().min(1, { error: 'Say who the support is for' }),
    serviceType: z.enum(shortTermServiceTypes, {
      error: `The kind of short-term support must be one of: ${shortTermServiceTypes.join(', ')}`,
    }),
    component: z.string().trim().min(1, { error: 'Say what the support was, for example reablement' }),
    startedOn: date('The start date'),
    endedOn: date('The end date').optional(),
    outcome: z.string().trim().min(1).optional(),
    weeklyPence: z.number().int().min(0).optional(),
  })
  .refine((piece) => piece.endedOn === undefined || piece.endedOn >= piece.startedOn, {
    path: ['endedOn'],
    error: 'The support cannot end before it started',
  })
  .refine((piece) => (piece.endedOn === undefined) === (piece.outcome === undefined), {
    path: ['outcome'],
    error: 'Support that has ended says why it ended; support still going on has no outcome yet',
  })
export type NewShortTermSupport = z.input<typeof NewShortTermSupportSchema>

export type ShortTermSupportRecord = typeof shortTermSupport.$inferSelect

export interface ShortTermSupportRepository {
  /** Records a piece of short-term support with its audit entry, in one transaction. */
  record(
    input: NewShortTermSupport,
    context: { actorUserId: string; now: Date },
  ): Promise<Result<ShortTermSupportRecord>>
  /** As record, but does nothing when a record with this id exists (for seeding). */
  recordOnce(
    input: NewShortTermSupport & { id: string },
    context: { actorUserId: string; now: Date },
  ): Promise<Result<ShortTermSupportRecord>>
  /**
   * Puts a record right (its kind, what it was, dates, outcome, weekly cost), with an audit entry naming the fields
   * changed, in one transaction. The person it is about cannot change.
   */
  update(
    id: string,
    input: NewShortTermSupport,
    context: { actorUserId: string; now: Date },
  ): Promise<Result<ShortTermSupportRecord>>
  findById(id: string): Promise<ShortTermSupportRecord | undefined>
  listForPerson(personId: string): Promise<ShortTermSupportRecord[]>
}

type Stored = Pick<
  ShortTermSupportRecord,
  'serviceType' | 'component' | 'startedOn' | 'endedOn' | 'outcome' | 'weeklyCostPence'
>

export function createShortTermSupportRepository(db: SqliteDb): ShortTermSupportRepository {
  const record: ShortTermSupportRepository['record'] = async (input, { actorUserId, now }) => {
    const parsed = parse(NewShortTermSupportSchema, input)
    if (!parsed.ok) return parsed
    const { id = randomUUID(), weeklyPence, endedOn, outcome, ...rest } = parsed.value
    if (!db.select({ id: people.id }).from(people).where(eq(people.id, rest.personId)).get())
      return fail({ path: 'personId', message: 'No person has this id' })
    return db.transaction((tx) => {
      const row = tx
        .insert(shortTermSupport)
        .values({
          id,
          ...rest,
          endedOn: endedOn ?? null,
          outcome: outcome ?? null,
          weeklyCostPence: weeklyPence ?? null,
          recordedByUserId: actorUserId,
          recordedAt: now,
        })
        .returning()
        .get()
      tx.insert(auditLog)
        .values({
          at: now,
          actorUserId,
          action: 'short-term-support.record',
          personId: row.personId,
          resource: `short-term-support:${id}`,
        })
        .run()
      return ok(row)
    })
  }
  return {
    record,
    async update(id, input, { actorUserId, now }) {
      const parsed = parse(NewShortTermSupportSchema, input)
      if (!parsed.ok) return parsed
      const { serviceType, component, startedOn, endedOn, outcome, weeklyPence, personId } = parsed.value
      const next: Stored = {
        serviceType,
        component,
        startedOn,
        endedOn: endedOn ?? null,
        outcome: outcome ?? null,
        weeklyCostPence: weeklyPence ?? null,
      }
      return db.transaction((tx) => {
        const existing = tx.select().from(shortTermSupport).where(eq(shortTermSupport.id, id)).get()
        if (!existing || existing.personId !== personId)
          return fail({ path: 'id', message: 'No short-term support for this person has this id' })
        const fields = (Object.keys(next) as Array<keyof Stored>).filter((key) => existing[key] !== next[key])
        const row = tx.update(shortTermSupport).set(next).where(eq(shortTermSupport.id, id)).returning().get()
        if (!row) return fail({ path: 'id', message: 'No short-term support for this person has this id' })
        tx.insert(auditLog)
          .values({
            at: now,
            actorUserId,
            action: 'short-term-support.update',
            personId,
            resource: `short-term-support:${id}`,
            detail: { fields },
          })
          .run()
        return ok(row)
      })
    },
    async findById(id) {
      return db.select().from(shortTermSupport).where(eq(shortTermSupport.id, id)).get()
    },
    async recordOnce(input, context) {
      const existing = db.select().from(shortTermSupport).where(eq(shortTermSupport.id, input.id)).get()
      return existing ? ok(existing) : record(input, context)
    },
    async listForPerson(personId) {
      if (!personId) return []
      return db
        .select()
        .from(shortTermSupport)
        .where(eq(shortTermSupport.personId, personId))
        .orderBy(asc(shortTermSupport.startedOn))
        .all()
    },
  }
}
