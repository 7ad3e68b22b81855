import { daysBetween, todayInEngland } from '@open-sds/kernel'

// Issue 18, due and overdue: financial assessments sent and not yet confirmed by the council, so none waits unseen.
// The person cannot know their charge until one is confirmed; the one that has waited longest is dealt with first.

/**
 * Financial assessments waiting for the council, oldest first (a tie by id, so read order never matters), each with
 * the whole days in England it has waited on `now` and the words the list shows ("Waiting 3 days").
 */
export function financialAssessmentsWaiting<T extends { id: string; sentAt: Date }>(
  assessments: readonly T[],
  now: Date,
): (T & { daysWaiting: number; waitingWords: string })[] {
  const today = todayInEngland(now)
  return [...assessments]
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime() || a.id.localeCompare(b.id))
    .map((assessment) => {
      const days = Math.max(0, daysBetween(todayInEngland(assessment.sentAt), today))
      const waitingWords = days === 0 ? 'Sent today' : `Waiting ${days === 1 ? '1 day' : `${days} days`}`
      return { ...assessment, daysWaiting: days, waitingWords }
    })
}
