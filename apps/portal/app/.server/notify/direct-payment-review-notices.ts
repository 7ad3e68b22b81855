import { nextDirectPaymentReview } from '@open-sds/direct-payments'
import { formatLongDate, todayInEngland } from '@open-sds/kernel'
import { reviewNoticeFor } from '@open-sds/support-planning'
import type { AppContext } from '../context'
import { tellPerson } from './person-notices'
import type { ReviewNoticesSent } from './review-notices'

/**
 * Tells each person with a direct payment (and whoever manages the money for them) of its review (regulation 7,
 * issue 14) four weeks before it is due and again once it is overdue, as plan reviews are told (issue 15). The claim
 * is the plan reviews' table, keyed by the agreement (`direct-payment:<id>`) and the date the review is due by, in the
 * transaction that writes the messages and the audit entry: once each, whichever process or run gets there first. A
 * review held moves the date, which is a new key.
 */
export async function tellOfDirectPaymentReviewsDue(
  context: Pick<AppContext, 'config' | 'database'>,
  now: Date,
): Promise<ReviewNoticesSent> {
  const today = todayInEngland(now)
  const sent: ReviewNoticesSent = { due: 0, overdue: 0 }
  for (const basis of await context.database.repos.directPayments.reviewBasis()) {
    const review = nextDirectPaymentReview({
      firstPaymentOn: basis.firstPaidOn,
      reviewsHeldOn: basis.reviewsHeldOn,
      on: today,
    })
    if (!review.ok) continue
    const { dueBy } = review.value
    const kind = reviewNoticeFor(dueBy, today)
    if (kind === undefined) continue
    const key = `direct-payment:${basis.agreementId}`
    const written = await context.database.withAudit(
      async (repos) => {
        if (!(await repos.reviewNotices.claim({ planId: key, reviewDate: dueBy, kind }, now))) return undefined
        const notice = kind === 'due' ? 'direct-payment-review-due' : 'direct-payment-review-overdue'
        return tellPerson(context, repos, basis.personId, notice, now, { date: formatLongDate(dueBy) })
      },
      (told) =>
        told === undefined
          ? undefined
          : {
              at: now,
              actorUserId: null,
              action: 'direct-payment.review-notice',
              personId: basis.personId,
              resource: key,
              detail: { kind, dueBy, accountsTold: told },
            },
    )
    if (written !== undefined) sent[kind] += 1
  }
  return sent
}
