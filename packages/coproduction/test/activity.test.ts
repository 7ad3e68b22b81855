import { describe, expect, it } from 'vitest'
import { ladderOfCoproduction, ladderSummary, recordActivity, type Activity } from '@open-sds/coproduction'
import { expectErrors, expectOk } from './fixtures.js'

const activity = (id: string, heldOn: string, rung: Activity['rung']): Activity =>
  expectOk(
    recordActivity({
      id,
      title: `Meeting ${id}`,
      heldOn,
      kind: 'meeting',
      participants: [
        { role: 'people-who-draw-on-care-and-support', count: 6 },
        { role: 'council-staff', count: 2 },
      ],
      decisions: ['Rewrite the direct payments leaflet together'],
      rung,
      rungReason: 'People with lived experience shared the decisions',
    }),
  )

describe('the ladder of co-production (TLAP)', () => {
  it('lists the rungs from the bottom up, with its source', () => {
    expect(ladderOfCoproduction.rungs.map((rung) => rung.id)).toEqual([
      'coercion',
      'educating',
      'informing',
      'consultation',
      'engagement',
      'co-design',
      'co-production',
    ])
    expect(ladderOfCoproduction.source).toMatch(/Think Local Act Personal/)
  })

  it('summarises the rungs reached, the highest, and the steps in date order', () => {
    const summary = ladderSummary([
      activity('b', '2026-04-01', 'co-design'),
      activity('a', '2026-01-10', 'consultation'),
      activity('c', '2026-05-01', 'co-design'),
    ])
    expect(summary.highest).toBe('co-design')
    expect(summary.steps.map((step) => [step.activityId, step.step])).toEqual([
      ['a', 4],
      ['b', 6],
      ['c', 6],
    ])
    expect(summary.rungs.find((rung) => rung.id === 'co-design')?.activities).toBe(2)
    expect(ladderSummary([]).highest).toBeNull()
  })

  it('needs the rung, why, and who took part', () => {
    const errors = expectErrors(
      recordActivity({
        id: 'x',
        title: 'T',
        heldOn: '2026-01-01',
        kind: 'meeting',
        participants: [],
        rung: 'partnership',
      }),
    )
    expect(errors.map((error) => error.path)).toEqual(['participants', 'rung', 'rungReason'])
    expect(errors[1]?.message).toMatch(/^The rung of the ladder must be one of: coercion, educating/)
  })
})
