import { hasRole } from '~/.server/auth/roles'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { todayInEngland } from '@open-sds/kernel'
import { financialAssessmentsWaiting } from '@open-sds/charging'
import { concernsByUrgency } from '@open-sds/safeguarding'
import { reviewsDue } from '@open-sds/support-planning'
import { PeopleQueue } from '~/components/PeopleQueue'
import type { ComponentProps } from 'react'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { directPaymentReviewsDue } from '../_direct-payments+/direct-payments.server'
import { reviewsOf } from './work.server'

type QueueProps = ComponentProps<typeof PeopleQueue>

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Due and overdue')

const ROUTE = 'routes/_work+/work.due' as const

// Issue 18, due and overdue. Each list is shown only to those whose pages it leads to: plan and direct-payment reviews
// (issue 14) to practitioners, of the people on their caseload (decision 058; as /practitioner/plans), financial assessments to finance officers (as /finance),
// concerns to staff on the safeguarding list (as /safeguarding). The orders are the packages' rules; this page only reads and shows.
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { supportPlans, financialAssessments, people, safeguarding, audit } = context.database.repos
  const now = new Date()
  const reviews = hasRole(viewer, 'practitioner')
    ? reviewsDue(
        (await supportPlans.listReviewDates({ caseloadOf: viewer.id })).map((plan) => ({ ...plan, id: plan.planId })),
        todayInEngland(now),
      ).map((plan) => ({
        id: plan.planId,
        person: plan.personName,
        words: plan.due.words,
        overdue: plan.due.overdue,
      }))
    : null
  const paymentReviews = hasRole(viewer, 'practitioner')
    ? await Promise.all(
        (await directPaymentReviewsDue(context, todayInEngland(now), await reviewsOf(context, viewer.id))).map(
          async (row) => ({
            id: row.id,
            planId: row.planId,
            person: (await people.findById(row.personId))?.displayName ?? 'Unknown person',
            words: row.due.words,
            overdue: row.due.overdue,
          }),
        ),
      )
    : null
  const assessments = hasRole(viewer, 'finance-officer')
    ? await Promise.all(
        financialAssessmentsWaiting(
          (await financialAssessments.listAwaitingReview()).map((version) => ({
            id: version.id,
            personId: version.personId,
            sentAt: version.recordedAt,
          })),
          now,
        ).map(async (row) => ({
          id: row.id,
          person: (await people.findById(row.personId))?.displayName ?? 'Unknown person',
          sentOn: row.sentAt.toISOString(),
          waiting: row.waitingWords,
        })),
      )
    : null
  const concerns = (await safeguarding.isAuthorised(viewer.id))
    ? concernsByUrgency(
        (await safeguarding.listConcerns({ limit: 1000 })).filter(
          // Still to act on: no section 42 decision yet, or an enquiry still open.
          (concern) => concern.section42Outcome === null || concern.enquiryStatus === 'open',
        ),
      ).map((concern) => ({
        reference: concern.reference,
        urgency: concern.urgencyLabel,
        receivedAt: concern.receivedAt.toISOString(),
      }))
    : null
  await audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'due-list.read',
    resource: `due-list:${viewer.id}`,
    detail: {
      reviews: reviews?.length ?? 0,
      directPaymentReviews: paymentReviews?.length ?? 0,
      financialAssessments: assessments?.length ?? 0,
      concerns: concerns?.map((concern) => concern.reference) ?? [],
    },
  })
  return json({ name: viewer.displayName, reviews, paymentReviews, assessments, concerns })
}

/** One list on the page: its heading, then its table, or a sentence saying there is nothing in it. */
function DueList({ heading, empty, caption, ...table }: { heading: string; empty: string } & QueueProps) {
  return (
    <>
      <h2 className="govuk-heading-m">{heading}</h2>
      {table.rows.length === 0 ? <p className="govuk-body">{empty}</p> : <PeopleQueue caption={caption} {...table} />}
    </>
  )
}

export default function DueAndOverdue() {
  const { name, reviews, paymentReviews, assessments, concerns } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Due and overdue">
      {reviews ? (
        <DueList
          heading="Plan reviews"
          empty="No plan review is overdue or due in the next four weeks."
          caption="Plan reviews overdue, then due in the next four weeks"
          columns={['When']}
          rows={reviews.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/practitioner/plans/${row.id}`,
            cells: [row.overdue ? <strong key="late">{row.words}</strong> : row.words],
          }))}
        />
      ) : null}
      {paymentReviews ? (
        <DueList
          heading="Direct-payment reviews"
          empty="No direct-payment review is overdue or due in the next four weeks."
          caption="Direct-payment reviews overdue, then due in the next four weeks"
          columns={['When']}
          rows={paymentReviews.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/practitioner/direct-payments/${row.id}/review`,
            cells: [row.overdue ? <strong key="late">{row.words}</strong> : row.words],
          }))}
        />
      ) : null}
      {assessments ? (
        <DueList
          heading="Financial assessments waiting"
          empty="No financial assessment is waiting to be confirmed."
          caption="Financial assessments sent and not yet confirmed, oldest first"
          columns={['Sent', 'Waiting']}
          rows={assessments.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/finance/assessments/${row.id}`,
            cells: [formatDate(row.sentOn), row.waiting],
          }))}
        />
      ) : null}
      {concerns ? (
        <DueList
          heading="Safeguarding concerns by urgency"
          empty="No safeguarding concern is waiting for a decision or an enquiry."
          caption="Safeguarding concerns, immediate danger first, then oldest first"
          firstColumn="Concern"
          columns={['Urgency', 'Received']}
          rows={concerns.map((row) => ({
            key: row.reference,
            person: row.reference,
            href: `/safeguarding/concerns/${row.reference}`,
            cells: [row.urgency, formatDate(row.receivedAt)],
          }))}
        />
      ) : null}
    </RolePage>
  )
}
