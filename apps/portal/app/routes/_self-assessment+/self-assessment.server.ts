import type { Answers, QuestionnaireDefinition } from '@open-sds/questionnaire'
import { AnswersSchema, validateAnswers } from '@open-sds/questionnaire'
import type { IndicativeBudget, RasConfig } from '@open-sds/ras'
import { calculateIndicativeBudget, selectConfigForDate } from '@open-sds/ras'
import type { AppContext } from '../../.server/context.js'
import { rasVersionsInForce } from '../_admin+/ras-in-force.server.js'
import type { Viewer } from '../../.server/auth/session.js'

export type SelfAssessmentSetup = { definition: QuestionnaireDefinition; rasConfigs: RasConfig[] }

/** The self-assessment the configured plugins supply, with every RAS version in force, or a 404 when none is offered. */
export async function requireSelfAssessment(context: AppContext): Promise<SelfAssessmentSetup> {
  const selfAssessment = context.site.slots.questionnaires?.selfAssessment
  const rasConfigs = (await rasVersionsInForce(context)).map((entry) => entry.config)
  if (!selfAssessment || selfAssessment.mode !== 'replace' || rasConfigs.length === 0) {
    throw new Response(
      `${context.site.branding.organisationName} does not offer an online self-assessment. Contact them to ask for an assessment.`,
      {
        status: 404,
        statusText: 'Not Found',
      },
    )
  }
  return { definition: selfAssessment.definition, rasConfigs }
}

export type ActingFor = { personId: string; displayName: string; onBehalf: boolean }

/**
 * The person whose self-assessment this is, when the viewer is that person or acts for them. Anyone else gets
 * the same 404 as for a record that does not exist.
 */
export async function requireActingFor(context: AppContext, viewer: Viewer, personId: string): Promise<ActingFor> {
  const { people } = context.database.repos
  const relationship = await people.relationshipOf(viewer.id, personId)
  const person =
    relationship === 'self' || relationship === 'representative' ? await people.findById(personId) : undefined
  if (!person)
    throw new Response('There is no self-assessment at this address that you can see.', {
      status: 404,
      statusText: 'Not Found',
    })
  return { personId, displayName: person.displayName, onBehalf: relationship === 'representative' }
}

export type SubmissionCheck =
  | { ok: true; answers: Answers; budget: IndicativeBudget }
  | { ok: false; problems: { questionId: string; message: string }[] }

/** Checks a whole set of answers and works out the indicative budget with the RAS in force on `today`. */
export function workOutBudget(setup: SelfAssessmentSetup, answers: Answers, today: string): SubmissionCheck {
  const checked = validateAnswers(setup.definition, answers)
  if (!checked.ok)
    return {
      ok: false,
      problems: checked.errors.map((error) => ({
        questionId: error.path.split('.')[0] ?? error.path,
        message: error.message,
      })),
    }
  const config = selectConfigForDate(setup.rasConfigs, today)
  if (!config.ok)
    throw new Error(`No RAS configuration is in force on ${today}: ${config.errors.map((e) => e.message).join('; ')}`)
  const budget = calculateIndicativeBudget(config.value, checked.value.answers)
  if (!budget.ok)
    throw new Error(`The RAS could not score a valid set of answers: ${budget.errors.map((e) => e.message).join('; ')}`)
  return { ok: true, answers: checked.value.answers, budget: budget.value }
}

/** Today's date in England, as the RAS's effective dates are written. */
export function todayInEngland(now: Date): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
}

/** Stored answers read back through the questionnaire's own schema: what the database holds is not trusted blindly. */
export function storedAnswers(assessment: { id: string; answers: Record<string, unknown> }): Answers {
  const parsed = AnswersSchema.safeParse(assessment.answers)
  if (!parsed.success) throw new Error(`Self-assessment ${assessment.id} holds answers that are not valid answers`)
  return parsed.data
}
