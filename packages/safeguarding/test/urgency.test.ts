import { describe, expect, it } from 'vitest'
import { concernsByUrgency } from '../src/index.js'

// Issue 18 ("Due and overdue"): concerns by urgency, "immediate danger first, not newest first". The urgency a
// concern records is its immediate-safety answer (yes, not-known, no).
describe('concerns by urgency (issue 18)', () => {
  const at = (iso: string) => new Date(iso)
  const concerns = [
    { reference: 'SG-6', receivedAt: at('2026-12-02T09:00:00Z'), inImmediateDanger: 'no' },
    { reference: 'SG-5', receivedAt: at('2026-12-02T08:00:00Z'), inImmediateDanger: 'yes' },
    { reference: 'SG-1', receivedAt: at('2026-11-20T08:00:00Z'), inImmediateDanger: 'no' },
    { reference: 'SG-4', receivedAt: at('2026-12-01T08:00:00Z'), inImmediateDanger: 'not-known' },
    { reference: 'SG-2', receivedAt: at('2026-11-25T08:00:00Z'), inImmediateDanger: 'yes' },
    { reference: 'SG-3', receivedAt: at('2026-11-30T08:00:00Z'), inImmediateDanger: null },
  ]

  it('puts immediate danger first, then danger not known, then the rest; oldest first within each, not newest', () => {
    expect(concernsByUrgency(concerns).map((concern) => [concern.reference, concern.urgencyLabel])).toEqual([
      ['SG-2', 'Immediate danger'],
      ['SG-5', 'Immediate danger'],
      ['SG-3', 'Not known whether in immediate danger'],
      ['SG-4', 'Not known whether in immediate danger'],
      ['SG-1', 'Not in immediate danger'],
      ['SG-6', 'Not in immediate danger'],
    ])
  })

  it('gives the same order whatever order the concerns were read in', () => {
    const order = concernsByUrgency(concerns).map((concern) => concern.reference)
    expect(concernsByUrgency([...concerns].reverse()).map((concern) => concern.reference)).toEqual(order)
  })
})
