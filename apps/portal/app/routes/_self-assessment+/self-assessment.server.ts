import type { Answers, QuestionnaireDefinition } from '@open-sds/questionnaire'
import { AnswersSchema, validateAnswers } from '@open-sds/questionnaire'
import type { IndicativeBudget, RasConfig } from '@open-sds/ras'
import { budgetByHandWithin, budgetRefusalReason, calculateIndicativeBudget, selectConfigForDate } from '@open-sds/ras'
import { budgetByHandWorkingDaysOf } from '@open-sds/plugin-sdk'
import { redirect } from '@remix-run/node'
import type { AppContext } from '../../.server/context.js'
import { rasVersionsInForce } from '../_admin+/ras-in-force.server.js'
import type { Viewer } from '../../.server/auth/session.js'

export type SelfAssessmentSetup = { definition: QuestionnaireDefinition; rasConfigs: RasConfig[] }

/**
 * The self-assessment the configured plugins supply, with every RAS version in force (perhaps none: the answers are
 * then sent for a practitioner to work out the budget), or a 404 when none is offered.
 */
export async function requireSelfAssessment(context: AppContext): Promise<SelfAssessmentSetup> {
  const selfAssessment = context.site.slots.questionnaires?.selfAssessment
  const rasConfigs = (await rasVersionsInForce(context)).map((entry) => entry.config)
  if (!selfAssessment || selfAssessment.mode !== 'replace') {
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

/**
 * When a practitioner contacts the person about a budget the RAS could not give: the council's setting (the plugin
 * SDK's budgets slot, the twin of the charging policy's working days for a charge by hand), 10 working days unless set.
 */
export const budgetByHandWithinFor = (context: AppContext): string =>
  budgetByHandWithin(budgetByHandWorkingDaysOf(context.site))

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
  | { kind: 'priced'; answers: Answers; budget: IndicativeBudget }
  /** The council's data gave no budget (no RAS in force, or one that cannot price these answers): why, in plain words. */
  | { kind: 'by-hand'; answers: Answers; reason: string }
  | { kind: 'problems'; problems: { questionId: string; message: string }[] }

/**
 * Checks a whole set of answers and works out the indicative budget with the RAS in force on `today`. Answers the
 * questionnaire accepts are the person's part done: when no RAS gives a budget for them, that is the council's data,
 * and the answers go to a practitioner with the reason rather than stopping the person (issue 19, no dead end).
 */
export function workOutBudget(setup: SelfAssessmentSetup, answers: Answers, today: string): SubmissionCheck {
  const checked = validateAnswers(setup.definition, answers)
  if (!checked.ok)
    return {
      kind: 'problems',
      problems: checked.errors.map((error) => ({
        questionId: error.path.split('.')[0] ?? error.path,
        message: error.message,
      })),
    }
  const valid = checked.value.answers
  const config = selectConfigForDate(setup.rasConfigs, today)
  if (!config.ok)
    return { kind: 'by-hand', answers: valid, reason: budgetRefusalReason({ kind: 'none-in-force', date: today }) }
  const budget = calculateIndicativeBudget(config.value, valid)
  if (!budget.ok) {
    const questions = setup.definition.sections.flatMap((section) => section.questions)
    const questionLabel = (id: string) => questions.find((question) => question.id === id)?.label
    return {
      kind: 'by-hand',
      answers: valid,
      reason: budgetRefusalReason({ kind: 'cannot-price', issues: budget.errors, questionLabel }),
    }
  }
  return { kind: 'priced', answers: valid, budget: budget.value }
}

/**
 * The person's unfinished self-assessment, if any. One sent for its budget to be worked out by a person is no longer
 * theirs to change: the overview says so, and every other self-assessment page sends them there.
 */
export async function openDraft(context: AppContext, personId: string, questionnaireId: string) {
  const { assessments } = context.database.repos
  const draft = await assessments.findDraft(personId, questionnaireId)
  if (draft && (await assessments.budgetByHand(draft.id))) throw redirect(`/people/${personId}/self-assessment`)
  return draft
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
