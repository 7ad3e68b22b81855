import { randomUUID } from 'node:crypto'
import { and, asc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { shortTermServiceTypes } from '../schema/statutory-returns.js'
import { first, type Store, type Tables } from '../store.js'

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

export type ShortTermSupportRecord = Tables['shortTermSupport']['$inferSelect']

/** What `update` changed: the record as it now stands, and the names of the fields that differ from before. */
export type ShortTermSupportChange = { record: ShortTermSupportRecord; fields: string[] }

export interface ShortTermSupportRepository {
  /**
   * Records a piece of short-term support. A write: call it inside `withAudit`, whose entry is
   * `short-term-support.record` on `short-term-support:<id>`.
   */
  record(
    input: NewShortTermSupport,
    context: { actorUserId: string; now: Date },
  ): Promise<Result<ShortTermSupportRecord>>
  /** As record, but does nothing when a record with this id exists (for seeding). A write, inside `withAudit`. */
  recordOnce(
    input: NewShortTermSupport & { id: string },
    context: { actorUserId: string; now: Date },
  ): Promise<Result<ShortTermSupportRecord>>
  /**
   * Puts a record right (its kind, what it was, dates, outcome, weekly cost) and says which fields changed, for the
   * audit entry `withAudit` stores with it (who changed it, and when, are the entry's). The person it is about cannot
   * change.
   */
  update(id: string, input: NewShortTermSupport): Promise<Result<ShortTermSupportChange>>
  findById(id: string): Promise<ShortTermSupportRecord | undefined>
  listForPerson(personId: string): Promise<ShortTermSupportRecord[]>
}

type Stored = Pick<
  ShortTermSupportRecord,
  'serviceType' | 'component' | 'startedOn' | 'endedOn' | 'outcome' | 'weeklyCostPence'
>

const notThisPersons = () => fail({ path: 'id', message: 'No short-term support for this person has this id' })

export function createShortTermSupportRepository({ db, t }: Store): ShortTermSupportRepository {
  const { people, shortTermSupport } = t
  const findById = async (id: string) =>
    first(await db.select().from(shortTermSupport).where(eq(shortTermSupport.id, id)))

  const record: ShortTermSupportRepository['record'] = async (input, { actorUserId, now }) => {
    const parsed = parse(NewShortTermSupportSchema, input)
    if (!parsed.ok) return parsed
    const { id = randomUUID(), weeklyPence, endedOn, outcome, ...rest } = parsed.value
    if (!first(await db.select({ id: people.id }).from(people).where(eq(people.id, rest.personId))))
      return fail({ path: 'personId', message: 'No person has this id' })
    const [row] = await db
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
    if (!row) throw new Error('The database stored no short-term support')
    return ok(row)
  }

  return {
    record,
    async update(id, input) {
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
      const existing = await findById(id)
      if (!existing || existing.personId !== personId) return notThisPersons()
      const fields = (Object.keys(next) as Array<keyof Stored>).filter((key) => existing[key] !== next[key])
      const row = first(
        await db
          .update(shortTermSupport)
          .set(next)
          .where(and(eq(shortTermSupport.id, id), eq(shortTermSupport.personId, personId)))
          .returning(),
      )
      return row ? ok({ record: row, fields }) : notThisPersons()
    },
    findById,
    async recordOnce(input, context) {
      const existing = await findById(input.id)
      return existing ? ok(existing) : record(input, context)
    },
    async listForPerson(personId) {
      if (!personId) return []
      return db
        .select()
        .from(shortTermSupport)
        .where(eq(shortTermSupport.personId, personId))
        .orderBy(asc(shortTermSupport.startedOn), asc(shortTermSupport.id))
    },
  }
}
