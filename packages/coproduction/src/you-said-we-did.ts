import { z } from 'zod'
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, checkWho, dayOf, optionalText, requiredText } from './fields.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'

export const ActionStatusSchema = z.discriminatedUnion(
  'state',
  [
    z.object({ state: z.literal('planned') }),
    z.object({ state: z.literal('in-progress') }),
    z.object({ state: z.literal('done'), doneOn: IsoDateSchema, whatChanged: optionalText(2_000) }),
    z.object({
      state: z.literal('not-doing'),
      reason: requiredText('Say why this will not be done: people who raised it are owed the reason', 2_000),
    }),
  ],
  { error: 'The status is planned, in-progress, done or not-doing' },
)
export type ActionStatus = z.infer<typeof ActionStatusSchema>

/** How each status of a "you said, we did" action reads on a page or in the published log: one source for both. */
export const actionStatusLabels: Record<ActionStatus['state'], string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'not-doing': 'Not doing',
}

/** "You said, we did": what people raised, what is being done about it, by whom, and how it ended. */
export const YouSaidWeDidInputSchema = z.object({
  id: IdSchema,
  theme: requiredText('Give the theme, for example "Information and advice"', 200),
  whatPeopleSaid: requiredText('Say what people said, in their words where possible', 2_000),
  action: requiredText('Say what is being done about it', 2_000),
  owner: requiredText('Say who owns the action (a team or role)', 200),
  raisedOn: IsoDateSchema,
  targetOn: IsoDateSchema.optional(),
  /** Where it was raised: a survey or a co-production activity, by id. */
  raisedThrough: z.object({ surveyId: IdSchema.optional(), activityId: IdSchema.optional() }).optional(),
  status: ActionStatusSchema.default({ state: 'planned' }),
})
export type YouSaidWeDidInput = z.input<typeof YouSaidWeDidInputSchema>

export const YouSaidWeDidSchema = YouSaidWeDidInputSchema.extend({
  history: z.array(z.object({ state: z.string(), at: IsoDateTimeSchema, by: z.string() })).min(1),
})
export type YouSaidWeDid = z.infer<typeof YouSaidWeDidSchema>

const whoIsActing = (context: { now: Date; actor: string }) =>
  checkWho(context.now, context.actor, 'actor', 'Say who is making this change')

function checkDates(record: { raisedOn: string; targetOn?: string; status: ActionStatus }, today: string) {
  const problems = []
  if (record.raisedOn > today)
    problems.push({ path: 'raisedOn', message: 'The date it was raised cannot be in the future' })
  if (record.targetOn !== undefined && record.targetOn < record.raisedOn) {
    problems.push({ path: 'targetOn', message: 'The target date cannot be before the date it was raised' })
  }
  if (record.status.state === 'done' && (record.status.doneOn > today || record.status.doneOn < record.raisedOn)) {
    problems.push({
      path: 'status.doneOn',
      message: `The date it was done must be between the date it was raised (${record.raisedOn}) and today`,
    })
  }
  return problems
}

export function createYouSaidWeDid(input: unknown, context: { now: Date; actor: string }): Result<YouSaidWeDid> {
  const checked = whoIsActing(context)
  if (!checked.ok) return checked
  const { now, who } = checked.value
  const parsed = parse(YouSaidWeDidInputSchema, input)
  if (!parsed.ok) return parsed
  const problems = checkDates(parsed.value, dayOf(now))
  if (problems.length > 0) return fail(...problems)
  return ok({ ...parsed.value, history: [{ state: parsed.value.status.state, at: now.toISOString(), by: who }] })
}

/** Move an action on (or back), keeping the history of who changed it and when. */
export function updateActionStatus(
  record: YouSaidWeDid,
  status: unknown,
  context: { now: Date; actor: string },
): Result<YouSaidWeDid> {
  const checked = whoIsActing(context)
  if (!checked.ok) return checked
  const { now, who } = checked.value
  const parsed = parse(ActionStatusSchema, status, 'status')
  if (!parsed.ok) return parsed
  const problems = checkDates({ ...record, status: parsed.value }, dayOf(now))
  if (problems.length > 0) return fail(...problems)
  return ok({
    ...record,
    status: parsed.value,
    history: [...record.history, { state: parsed.value.state, at: now.toISOString(), by: who }],
  })
}
