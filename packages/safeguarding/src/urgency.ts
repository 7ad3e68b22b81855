import type { Concern } from './concern.js'

// Issue 18: concerns listed by urgency, "immediate danger first, not newest first". The urgency a concern records is
// whether the adult is in immediate danger (yes, not known, no); a concern that cannot say so is more urgent than one
// that says no. Within the same urgency the concern that has waited longest comes first.

type Danger = Concern['immediateSafety']['inImmediateDanger']

const rank: Record<Danger, number> = { yes: 0, 'not-known': 1, no: 2 }

export const urgencyLabels: Record<Danger, string> = {
  yes: 'Immediate danger',
  'not-known': 'Not known whether in immediate danger',
  no: 'Not in immediate danger',
}

/**
 * Concerns in the order to act on them: immediate danger first, then danger not known, then not in danger; within
 * each, the oldest first; a tie goes by reference, so the order never depends on read order. A concern whose
 * recorded answer is missing or unreadable counts as "not known": it is never pushed to the bottom.
 */
export function concernsByUrgency<T extends { reference: string; receivedAt: Date; inImmediateDanger: string | null }>(
  concerns: readonly T[],
): (T & { urgency: Danger; urgencyLabel: string })[] {
  return concerns
    .map((concern) => {
      const urgency: Danger =
        concern.inImmediateDanger === 'yes' || concern.inImmediateDanger === 'no'
          ? concern.inImmediateDanger
          : 'not-known'
      return { ...concern, urgency, urgencyLabel: urgencyLabels[urgency] }
    })
    .sort(
      (a, b) =>
        rank[a.urgency] - rank[b.urgency] ||
        a.receivedAt.getTime() - b.receivedAt.getTime() ||
        a.reference.localeCompare(b.reference),
    )
}
