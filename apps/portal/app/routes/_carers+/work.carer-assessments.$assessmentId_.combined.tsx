import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { carers as carerRules } from '@open-sds/plugin-sdk'
import { z } from 'zod'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { auditedChange } from '~/.server/audited-change'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { AppContext } from '~/.server/context'
import { validateForm } from '~/.server/forms'
import { CombinedAssessments } from './__CombinedAssessments'
import { staffCarerAssessment } from './carers.server'
import { agreementsOf, combinationsOf } from './combined-assessments.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'A combined assessment')

const ROUTE = 'routes/_carers+/work.carer-assessments.$assessmentId_.combined' as const
const FIELDS = ['personAssessmentId', 'party', 'word']

/**
 * The assessments this carer's can be combined with: those of the people the carer told us they care for who are on
 * this practitioner's caseload. Nobody else's assessment is offered, so the page shows no record the viewer cannot.
 */
async function assessmentsToCombine(context: AppContext, viewerId: string, carerPersonId: string) {
  const { carers, people, assessments } = context.database.repos
  const choices: { value: string; label: string; personId: string }[] = []
  for (const link of await carers.listCaredFor(carerPersonId)) {
    if (!link.caredForPersonId) continue
    if ((await people.relationshipOf(viewerId, link.caredForPersonId)) !== 'practitioner') continue
    for (const assessment of await assessments.listForPerson(link.caredForPersonId)) {
      choices.push({
        value: assessment.id,
        personId: link.caredForPersonId,
        label: `${link.caredForName}’s self-assessment, started ${formatDate(assessment.createdAt.toISOString())}${
          assessment.status === 'submitted' ? '' : ' (not yet sent)'
        }`,
      })
    }
  }
  return choices
}

async function load(context: AppContext, viewerId: string, assessmentId: string) {
  const { assessment, carer } = await staffCarerAssessment(context, viewerId, assessmentId)
  const choices = await assessmentsToCombine(context, viewerId, carer.id)
  return { assessment, carer, choices }
}

const choose = (message: string) => z.string({ error: message }).min(1, { error: message })

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { assessment, carer, choices } = await load(context, viewer.id, params.assessmentId ?? '')
  await auditRead(context, viewer, request, {
    action: 'carer-assessment.read',
    personId: carer.id,
    resource: `carer-assessment:${assessment.id}`,
  })
  const words = await context.database.repos.combinedAssessments.listForCarerAssessment(assessment.id)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    carer: { id: carer.id, name: carer.displayName },
    back: `/work/carer-assessments/${assessment.id}`,
    choices: choices.map(({ value, label }) => ({ value, label })),
    combinations: combinationsOf(words),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { assessment, carer, choices } = await load(context, viewer.id, params.assessmentId ?? '')
  const schema = z.object({
    personAssessmentId: choose('Select the cared-for person’s assessment').refine(
      (id) => choices.some((choice) => choice.value === id),
      { error: 'Select one of the assessments listed' },
    ),
    party: z.enum(carerRules.COMBINED_ASSESSMENT_PARTIES, { error: 'Select whose agreement this is' }),
    word: z.enum(['agreed', 'withdrew'], { error: 'Select whether they agree or withdraw their agreement' }),
  })
  const outcome = validateForm(schema, form, FIELDS)
  const refuse = (errors: { field: string; message: string }[], values: Record<string, string>) => {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values })
  }
  if (!outcome.ok) return refuse(outcome.errors, outcome.values)
  const { personAssessmentId, party, word } = outcome.data
  const now = new Date()
  // The check and the word are in one transaction, so two practitioners at once cannot both withdraw one agreement.
  const stored = await auditedChange(
    context,
    async (repos) => {
      const earlier = (await repos.combinedAssessments.listForCarerAssessment(assessment.id)).filter(
        (each) => each.personAssessmentId === personAssessmentId,
      )
      const checked = carerRules.checkCombinedAgreement(agreementsOf(earlier), { party, word })
      if (!checked.ok) return checked
      const record = await repos.combinedAssessments.record(
        { carerAssessmentId: assessment.id, personAssessmentId, party, word, recordedByUserId: viewer.id },
        now,
      )
      return { ok: true as const, value: record }
    },
    (record) => [
      {
        at: now,
        actorUserId: viewer.id,
        action: word === 'agreed' ? 'combined-assessment.agree' : 'combined-assessment.withdraw',
        personId: carer.id,
        resource: `carer-assessment:${assessment.id}`,
        detail: { party, personAssessmentId },
      },
      {
        at: now,
        actorUserId: viewer.id,
        action: word === 'agreed' ? 'combined-assessment.agree' : 'combined-assessment.withdraw',
        personId: record.personId,
        resource: `assessment:${personAssessmentId}`,
        detail: { party, carerAssessmentId: assessment.id },
      },
    ],
  )
  if (!stored.ok)
    return refuse(
      stored.errors.map((error) => ({ field: 'word', message: error.message })),
      { personAssessmentId, party, word },
    )
  // Back to this page, which now shows the word recorded, so the other party's can follow.
  return redirect(`/work/carer-assessments/${assessment.id}/combined`)
}

export default function CombinedAssessmentAgreement() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  return (
    <>
      <BackLink href={data.back}>Back to the carer’s self-assessment</BackLink>
      <RolePage caption={`Carer’s self-assessment: ${data.carer.name}`} heading="A combined assessment">
        <ErrorSummary errors={errors} />
        <p className="govuk-body">
          A carer’s assessment can be carried out together with the assessment of the person they care for, but only
          while both agree (Care Act 2014, section 12(5)). Record each person’s agreement as they give it. If either
          withdraws their agreement, the combined assessment ends.
        </p>
        <CombinedAssessments combinations={data.combinations} other="person" />
        {data.choices.length === 0 ? (
          <p className="govuk-body">
            None of the people {data.carer.name} cares for is on your caseload with an assessment, so there is nothing
            to combine with here.
          </p>
        ) : (
          <Form method="post" noValidate>
            <CsrfInput />
            <Radios
              name="personAssessmentId"
              legend="Which assessment of the person cared for?"
              choices={data.choices}
              error={errorFor(errors, 'personAssessmentId')}
              value={values.personAssessmentId}
            />
            <Radios
              name="party"
              legend="Whose word is this?"
              choices={[
                { value: 'carer', label: `${data.carer.name}, the carer` },
                { value: 'cared-for', label: 'The person cared for' },
              ]}
              error={errorFor(errors, 'party')}
              value={values.party}
            />
            <Radios
              name="word"
              legend="What did they say?"
              choices={[
                { value: 'agreed', label: 'They agree to a combined assessment' },
                { value: 'withdrew', label: 'They withdraw their agreement' },
              ]}
              error={errorFor(errors, 'word')}
              value={values.word}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Record their word
            </button>
          </Form>
        )}
      </RolePage>
    </>
  )
}
