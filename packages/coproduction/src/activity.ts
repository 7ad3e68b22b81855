import { z } from 'zod'
import { IdSchema, IsoDateSchema, optionalText, requiredText } from './fields.js'
import { LadderRungSchema, ladderOfCoproduction, rungStep, type LadderRung } from './ladder.js'
import { parse, type Result } from '@open-sds/kernel'

const roles = [
  'people-who-draw-on-care-and-support',
  'carers',
  'user-led-organisation',
  'council-staff',
  'providers',
  'health',
  'other',
] as const

/** A piece of co-production work: who took part (by role, counted, not named), what was decided, how far up the ladder it got. */
export const ActivitySchema = z.object({
  id: IdSchema,
  title: requiredText('Give the activity a title', 200),
  heldOn: IsoDateSchema,
  kind: z.enum(['meeting', 'workshop', 'focus-group', 'survey', 'co-design-session', 'other'], {
    error: 'The kind of activity is meeting, workshop, focus-group, survey, co-design-session or other',
  }),
  participants: z
    .array(
      z.object({
        role: z.enum(roles, { error: `Each participant role is one of: ${roles.join(', ')}` }),
        count: z.number().int().min(1, { error: 'Count each role taking part as 1 or more' }),
      }),
    )
    .min(1, { error: 'Record who took part' }),
  decisions: z.array(requiredText('Describe each decision', 1_000)).default([]),
  rung: LadderRungSchema,
  rungReason: requiredText('Say why the work reached this rung of the ladder', 1_000),
  notes: optionalText(2_000),
})
export type Activity = z.infer<typeof ActivitySchema>

export const recordActivity = (input: unknown): Result<Activity> => parse(ActivitySchema, input)

export type LadderSummary = {
  source: string
  rungs: Array<{ id: LadderRung; label: string; activities: number }>
  highest: LadderRung | null
  /** Each activity's step in date order, to show movement up (or down) the ladder. */
  steps: Array<{ activityId: string; heldOn: string; rung: LadderRung; step: number }>
}

/** How many activities reached each rung, the highest reached, and the steps over time. */
export function ladderSummary(activities: readonly Activity[]): LadderSummary {
  const ordered = [...activities].sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id.localeCompare(b.id))
  const steps = ordered.map((activity) => ({
    activityId: activity.id,
    heldOn: activity.heldOn,
    rung: activity.rung,
    step: rungStep(activity.rung),
  }))
  const top = steps.reduce<(typeof steps)[number] | undefined>(
    (best, step) => (best === undefined || step.step > best.step ? step : best),
    undefined,
  )
  return {
    source: ladderOfCoproduction.source,
    rungs: ladderOfCoproduction.rungs.map((rung) => ({
      id: rung.id,
      label: rung.label,
      activities: activities.filter((activity) => activity.rung === rung.id).length,
    })),
    highest: top?.rung ?? null,
    steps,
  }
}
