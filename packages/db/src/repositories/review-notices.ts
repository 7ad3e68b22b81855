import type { ReviewNoticeKind } from '../schema/review-notices.js'
import type { Store } from '../store.js'

export interface ReviewNoticesRepository {
  /**
   * Claims the right to tell the person of this plan's review, once: true the first time for this plan, review date
   * and kind, false ever after (whichever process asks). Call it inside the transaction that writes the message, so
   * the claim and the message commit or vanish together.
   */
  claim(notice: { planId: string; reviewDate: string; kind: ReviewNoticeKind }, now: Date): Promise<boolean>
}

export function createReviewNoticesRepository({ db, t }: Store): ReviewNoticesRepository {
  const { reviewNotices } = t
  return {
    async claim(notice, now) {
      const rows = await db
        .insert(reviewNotices)
        .values({ ...notice, sentAt: now })
        .onConflictDoNothing()
        .returning({ planId: reviewNotices.planId })
      return rows.length === 1
    },
  }
}
