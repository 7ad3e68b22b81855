import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { progress, visibleQuestions } from '@open-sds/questionnaire'
import { CsrfInput } from '~/components/CsrfInput'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { carerAnswers, carerOf, carerRecordFor, carersPolicyOf, determinationView } from './carers.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Support for you as a carer')

const ROUTE = 'routes/_carers+/carers._index' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const carer = await carerOf(context, viewer)
  if (!carer)
    return json({
      name: viewer.displayName,
      caresFor: [],
      draft: null,
      sentAt: null,
      determination: null,
      hasRecord: false,
      hasPlan: false,
    })
  const { selfAssessment } = carersPolicyOf(context)
  const { carers } = context.database.repos
  await auditRead(context, viewer, request, {
    action: 'carer.read',
    personId: carer.personId,
    resource: `carer:${carer.personId}`,
  })
  const draft = await carers.findDraft(carer.personId, selfAssessment.id)
  const sent = (await carers.listAssessments(carer.personId)).find((each) => each.status === 'submitted')
  const determination = sent ? await carers.latestDetermination(sent.id) : undefined
  const answers = draft ? carerAnswers(draft) : {}
  const state = progress(selfAssessment, answers)
  return json({
    name: carer.displayName,
    caresFor: (await carers.listCaredFor(carer.personId)).map((each) => ({
      id: each.id,
      name: each.caredForName,
      relationship: each.relationship,
      known: each.caredForPersonId !== null,
    })),
    draft: draft
      ? {
          answered: state.answered,
          total: state.total,
          next: state.nextQuestionId ?? 'check',
          complete: state.complete,
        }
      : null,
    sentAt: sent?.submittedAt?.toISOString() ?? null,
    determination: determination ? determinationView(determination) : null,
    hasRecord: true,
    hasPlan: (await context.database.repos.carerPlans.latest(carer.personId)) !== undefined,
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  await readProtectedForm(request, context)
  const { selfAssessment } = carersPolicyOf(context)
  const now = new Date()
  const draft = await context.database.withAudit(
    async (repos) =>
      repos.carers.startDraft(
        {
          carerPersonId: (await carerRecordFor(context, viewer, now)).personId,
          questionnaireId: selfAssessment.id,
          questionnaireVersion: selfAssessment.version,
          userId: viewer.id,
        },
        now,
      ),
    (started) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'carer-assessment.start',
      personId: started.carerPersonId,
      resource: `carer-assessment:${started.id}`,
    }),
  )
  const answers = carerAnswers(draft)
  const next = progress(selfAssessment, answers).nextQuestionId ?? visibleQuestions(selfAssessment, answers)[0]?.id
  return redirect(`/carers/self-assessment/${next ?? 'check'}`)
}

export default function CarersOverview() {
  const data = useLoaderData<typeof loader>()
  return (
    <RolePage caption={data.name} heading="Support for you as a carer">
      <p className="govuk-body">
        If you look after an adult who could not manage without you, you have a right to a carer’s assessment of your
        own, whatever your needs and whatever your money. It looks at how caring affects you, what you want for your own
        life, and whether you are able and willing to carry on.
      </p>
      {data.determination ? (
        <>
          <h2 className="govuk-heading-m">Our decision</h2>
          <p className="govuk-body">
            On {formatDate(data.determination.at)} we decided that you{' '}
            <strong>{data.determination.eligible ? 'have' : 'do not have'}</strong> eligible needs for support as a
            carer.
          </p>
          <h3 className="govuk-heading-s">Why</h3>
          <ol className="govuk-list govuk-list--number">
            {data.determination.reasons.map((reason) => (
              <li key={reason}>{reason.replace(/^\d+\. /, '')}</li>
            ))}
          </ol>
        </>
      ) : null}
      {data.hasRecord ? (
        <>
          <h2 className="govuk-heading-m">Your plan, budget and emergency plan</h2>
          <p className="govuk-body">
            <a className="govuk-link" href="/carers/plan">
              {data.hasPlan ? 'Your plan and budget' : 'Your emergency plan, and your plan and budget once agreed'}
            </a>
          </p>
        </>
      ) : null}
      <h2 className="govuk-heading-m">The people you care for</h2>
      {data.caresFor.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {data.caresFor.map((each) => (
            <li key={each.id}>
              {each.name} ({each.relationship})
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">You have not told us yet whom you care for.</p>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href="/carers/cares-for">
          Tell us about someone you care for
        </a>
      </p>
      <h2 className="govuk-heading-m">Your carer’s self-assessment</h2>
      {data.sentAt ? <p className="govuk-body">You sent your self-assessment on {formatDate(data.sentAt)}.</p> : null}
      {data.sentAt && !data.determination ? (
        <p className="govuk-body">A practitioner will look at your answers and contact you.</p>
      ) : null}
      {data.draft ? (
        <>
          <p className="govuk-body">
            You have answered {data.draft.answered} of {data.draft.total} questions. Your answers are saved, so you can
            stop and come back.
          </p>
          <a
            className="govuk-button"
            role="button"
            draggable="false"
            href={`/carers/self-assessment/${data.draft.complete ? 'check' : data.draft.next}`}
          >
            {data.draft.complete ? 'Check your answers' : 'Continue'}
          </a>
        </>
      ) : (
        <Form method="post">
          <CsrfInput />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {data.sentAt ? 'Start a new self-assessment' : 'Start your self-assessment'}
          </button>
        </Form>
      )}
    </RolePage>
  )
}
