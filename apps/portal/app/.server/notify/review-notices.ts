import { formatLongDate, todayInEngland } from '@open-sds/kernel'
import { reviewNoticeFor } from '@open-sds/support-planning'
import type { AppContext } from '../context'
import { tellOfDirectPaymentReviewsDue } from './direct-payment-review-notices'
import { tellPerson } from './person-notices'

export type ReviewNoticesSent = { due: number; overdue: number }

/**
 * Tells each person (and whoever acts for them) of their plan's review four weeks before its date and again once it
 * is overdue (issue 15). Each notice is claimed in the transaction that writes its messages and its audit entry, so a
 * notice is written once whichever process or run gets there first, and a failure leaves it to the next run.
 */
export async function tellOfReviewsDue(
  context: Pick<AppContext, 'config' | 'database'>,
  now: Date,
): Promise<ReviewNoticesSent> {
  const today = todayInEngland(now)
  const sent: ReviewNoticesSent = { due: 0, overdue: 0 }
  for (const plan of await context.database.repos.supportPlans.listReviewDates()) {
    const kind = reviewNoticeFor(plan.reviewDate, today)
    if (kind === undefined) continue
    const written = await context.database.withAudit(
      async (repos) => {
        if (!(await repos.reviewNotices.claim({ planId: plan.planId, reviewDate: plan.reviewDate, kind }, now)))
          return undefined
        const notice = kind === 'due' ? 'review-due' : 'review-overdue'
        return tellPerson(context, repos, plan.personId, notice, now, { date: formatLongDate(plan.reviewDate) })
      },
      (told) =>
        told === undefined
          ? undefined
          : {
              at: now,
              actorUserId: null,
              action: 'support-plan.review-notice',
              personId: plan.personId,
              resource: `plan:${plan.planId}`,
              detail: { kind, reviewDate: plan.reviewDate, accountsTold: told },
            },
    )
    if (written !== undefined) sent[kind] += 1
  }
  return sent
}

/**
 * Looks for plan and direct-payment reviews to tell of when the portal starts and then every `reviewNoticesEveryMinutes` (an hour unless set;
 * 0: never). Runs whether or not messages are sent (a demo shows them in its outbox). Returns how to stop it.
 */
export function startTellingOfReviews(context: Pick<AppContext, 'config' | 'database'>): (() => void) | undefined {
  const everyMinutes = context.config.reviewNoticesEveryMinutes
  if (everyMinutes === 0) return undefined
  const run = () =>
    tellOfReviewsDue(context, new Date())
      .then(() => tellOfDirectPaymentReviewsDue(context, new Date()))
      .catch((error: unknown) => {
        // The database was busy or gone for a moment: nothing was claimed, so the next run tells them.
        console.error('Could not look for plan or direct-payment reviews to tell people of this time:', error)
      })
  void run()
  const timer = setInterval(() => void run(), everyMinutes * 60_000)
  timer.unref()
  return () => clearInterval(timer)
}
