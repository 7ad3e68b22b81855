import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  abuseTypes,
  annualCounts,
  annualCountsFromTotals,
  annualTotals,
  closeEnquiry,
  mspRowIds,
  mspRowOf,
  locationsOfRisk,
  sourcesOfRisk,
  toCsv,
  type AnnualCounts,
  type CountableEnquiry,
  type CountsTable,
} from '@open-sds/safeguarding'
import { actionTaken, expectErrors, expectOk, now, openSection42 } from './fixtures.js'

const concluded = (overrides: Partial<CountableEnquiry> = {}, closedOn = '2024-09-01'): CountableEnquiry => ({
  kind: 'section-42',
  openedOn: '2024-06-01',
  person: { ageBand: '75-84' },
  risk: {
    typesOfAbuse: ['neglect-and-acts-of-omission'],
    locationOfRisk: 'own-home',
    sourceOfRisk: 'other-known-to-individual',
  },
  desiredOutcomes: { asked: true, expressed: 'To stay at home' },
  closure: {
    closedOn,
    riskOutcome: { risk: 'identified', actionTaken: true, action: 'Care package changed', result: 'reduced' },
    outcomesAchieved: 'fully',
  },
  ...overrides,
})

const tableOf = (counts: AnnualCounts, id: string): CountsTable => {
  const found = counts.tables.find((entry) => entry.id === id)
  if (!found) throw new Error(`no table ${id}`)
  return found
}
const cellOf = (counts: AnnualCounts, tableId: string, rowId: string) =>
  tableOf(counts, tableId).rows.find((row) => row.id === rowId)?.cell

describe('annualCounts', () => {
  it('counts the reporting year 1 April to 31 March, by the date in England', () => {
    const concerns = [
      ...Array.from({ length: 6 }, () => ({ receivedOn: '2024-04-01' })),
      ...Array.from({ length: 4 }, () => ({ receivedOn: '2025-03-31' })),
      { receivedOn: '2024-03-31' },
      { receivedOn: '2025-04-01' },
    ]
    const counts = expectOk(annualCounts({ concerns, enquiries: [] }, { year: 2024 }))
    expect(counts.period).toEqual({ from: '2024-04-01', to: '2025-03-31', label: '2024-25' })
    expect(cellOf(counts, 'concerns', 'concerns')).toEqual({ kind: 'shown', value: 10 })
  })

  it('counts a person once, in the age band of their first enquiry, however many enquiries they have', () => {
    const enquiries = [
      ...Array.from({ length: 7 }, (_, index) =>
        concluded({
          person: { personId: 'P-1', ageBand: index === 0 ? '85-94' : '95-plus' },
          openedOn: `2024-${String(index + 4).padStart(2, '0')}-01`,
        }),
      ),
      ...Array.from({ length: 12 }, (_, index) =>
        concluded({ person: { personId: `Q-${String(index)}`, ageBand: '18-64' } }),
      ),
      ...Array.from({ length: 5 }, () => concluded({ person: { ageBand: '18-64' } })),
      ...Array.from({ length: 6 }, (_, index) =>
        concluded({ person: { personId: `R-${String(index)}`, ageBand: '65-74' } }),
      ),
    ]
    const counts = expectOk(annualCounts({ concerns: [], enquiries }, { year: 2024 }))
    const people = tableOf(counts, 'individuals-by-age-band')
    expect(people.total?.cell).toEqual({ kind: 'shown', value: 24 })
    expect(cellOf(counts, 'individuals-by-age-band', '18-64')).toEqual({ kind: 'shown', value: 17 })
    expect(cellOf(counts, 'individuals-by-age-band', '85-94')).toEqual({ kind: 'suppressed', reason: 'small-number' })
    // The one person aged 85-94 would otherwise be 24 - 17 - 6: the 6 is hidden too.
    expect(cellOf(counts, 'individuals-by-age-band', '65-74')).toEqual({ kind: 'suppressed', reason: 'secondary' })
    expect(cellOf(counts, 'individuals-by-age-band', '95-plus')).toEqual({ kind: 'shown', value: 0 })
    expect(cellOf(counts, 'enquiries-started', 'section-42')).toEqual({ kind: 'shown', value: 30 })
  })

  it('counts concluded section 42 enquiries by type, location, source, outcome and MSP, with small numbers hidden', () => {
    const enquiries = [
      ...Array.from({ length: 20 }, () => concluded()),
      ...Array.from({ length: 3 }, () =>
        concluded({
          risk: {
            typesOfAbuse: ['financial-or-material', 'psychological'],
            locationOfRisk: 'care-home-residential',
            sourceOfRisk: 'service-provider',
          },
          desiredOutcomes: { asked: false, whyNotAsked: 'Lacked capacity; no one to ask' },
          closure: { closedOn: '2024-10-01', riskOutcome: { risk: 'none', actionTaken: false } },
        }),
      ),
      concluded({ kind: 'other' }),
      concluded({}, '2025-04-02'),
    ]
    const counts = expectOk(annualCounts({ concerns: [], enquiries }, { year: 2024 }))
    expect(tableOf(counts, 'concluded-by-risk-outcome').total?.cell).toEqual({ kind: 'shown', value: 23 })
    expect(cellOf(counts, 'concluded-by-type-of-risk', 'neglect-and-acts-of-omission')).toEqual({
      kind: 'shown',
      value: 20,
    })
    expect(cellOf(counts, 'concluded-by-type-of-risk', 'psychological')?.kind).toBe('suppressed')
    expect(cellOf(counts, 'concluded-by-location-of-risk', 'care-home-residential')).toEqual({
      kind: 'suppressed',
      reason: 'small-number',
    })
    // 3 hidden beside a shown total of 23 would be 23 - 20: so the 20 is hidden too.
    expect(cellOf(counts, 'concluded-by-location-of-risk', 'own-home')).toEqual({
      kind: 'suppressed',
      reason: 'secondary',
    })
    expect(cellOf(counts, 'concluded-making-safeguarding-personal', 'not-asked')?.kind).toBe('suppressed')
    // SG2c: the finding and the action apart; SG2e: what became of the risks identified.
    expect(cellOf(counts, 'concluded-by-risk-outcome', 'risk-identified-action-taken')?.kind).toBe('suppressed')
    expect(cellOf(counts, 'concluded-by-risk-outcome', 'no-risk-no-action')).toEqual({
      kind: 'suppressed',
      reason: 'small-number',
    })
    expect(cellOf(counts, 'concluded-by-risk-result', 'reduced')).toEqual({ kind: 'shown', value: 20 })
    expect(tableOf(counts, 'concluded-by-risk-result').rows.map((row) => row.label)).toEqual([
      'Risk remained',
      'Risk reduced',
      'Risk removed',
    ])
    expect(cellOf(counts, 'enquiries-started', 'other')).toEqual({ kind: 'suppressed', reason: 'small-number' })
  })

  it('hides the shared total of concluded enquiries everywhere once any table must hide it', () => {
    const fiveSingles = locationsOfRisk.entries.slice(0, 5).map((location, index) =>
      concluded({
        risk: {
          typesOfAbuse: ['physical'],
          locationOfRisk: location.id,
          sourceOfRisk: sourcesOfRisk.entries[index % 3]?.id ?? 'service-provider',
        },
      }),
    )
    const counts = expectOk(annualCounts({ concerns: [], enquiries: fiveSingles }, { year: 2024 }))
    const totals = counts.tables
      .filter((entry) => entry.id.startsWith('concluded-'))
      .map((entry) => entry.total?.cell.kind)
    // Five of five identified a risk, so the risk-outcome total would give the hidden total away: it is hidden too.
    expect(totals).toEqual(['suppressed', 'suppressed', 'suppressed', 'suppressed', 'suppressed', 'suppressed'])
  })

  it('counts enquiries made through this package, end to end', () => {
    const enquiries = Array.from({ length: 6 }, (_, index) => {
      const open = { ...openSection42(), id: `ENQ-${String(index)}` }
      return expectOk(
        closeEnquiry(
          open,
          { riskOutcome: actionTaken, desiredOutcomes: { asked: true } },
          { actor: 'p', now, expectedVersion: 1 },
        ),
      )
    })
    const counts = expectOk(annualCounts({ concerns: [], enquiries }, { year: 2026 }))
    expect(cellOf(counts, 'concluded-by-risk-outcome', 'risk-identified-action-taken')).toEqual({
      kind: 'shown',
      value: 6,
    })
    expect(cellOf(counts, 'concluded-by-risk-result', 'reduced')).toEqual({ kind: 'shown', value: 6 })
  })

  it('refuses a year that is not a four-digit year', () => {
    expect(expectErrors(annualCounts({ concerns: [], enquiries: [] }, { year: 24 }))[0]?.path).toBe('year')
  })
})

describe('toCsv', () => {
  it('writes RFC 4180 CSV: CRLF line ends, quoted fields with doubled quotes, * for hidden counts', () => {
    const counts = expectOk(annualCounts({ concerns: [{ receivedOn: '2024-05-01' }], enquiries: [] }, { year: 2024 }))
    const csv = toCsv(counts)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('Reporting year,Table,Row,Count,Suppression')
    expect(lines[1]).toBe('2024-25,Safeguarding concerns received,Concerns,*,hidden: between 1 and 4')
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).toContain(",Enquiry ceased at individual's request and no action taken,")
    expect(csv).toContain(',Sexual exploitation,')
    expect(csv).toContain(",Don't know,")
    const quoted = toCsv({
      ...counts,
      tables: [
        {
          id: 'x',
          title: 'Says "hello", twice',
          rows: [{ id: 'r', label: 'Line\nbreak', cell: { kind: 'shown', value: 7 } }],
        },
      ],
    })
    expect(quoted.split('\r\n')[1]).toBe('2024-25,"Says ""hello"", twice","Line\nbreak",7,')
  })
})

const arbitraryEnquiry: fc.Arbitrary<CountableEnquiry> = fc.record({
  kind: fc.constantFrom('section-42' as const, 'other' as const),
  openedOn: fc.constantFrom('2024-04-01', '2024-12-25', '2025-03-31'),
  person: fc.record({
    personId: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'),
    ageBand: fc.constantFrom('18-64' as const, '65-74' as const, '95-plus' as const),
  }),
  risk: fc.record({
    typesOfAbuse: fc.subarray(
      abuseTypes.entries.map((entry) => entry.id),
      { minLength: 1, maxLength: 3 },
    ),
    locationOfRisk: fc.constantFrom(...locationsOfRisk.entries.map((entry) => entry.id)),
    sourceOfRisk: fc.constantFrom(...sourcesOfRisk.entries.map((entry) => entry.id)),
  }),
  desiredOutcomes: fc.constantFrom(
    { asked: true as const, expressed: 'Safe' },
    { asked: true as const },
    { asked: false as const, whyNotAsked: 'x' },
  ),
  closure: fc.record({
    closedOn: fc.constantFrom('2024-06-01', '2025-02-01'),
    riskOutcome: fc.constantFrom(
      { risk: 'none' as const, actionTaken: false },
      { risk: 'identified' as const, actionTaken: true, action: 'x', result: 'removed' as const },
    ),
    outcomesAchieved: fc.constantFrom('fully' as const, 'not' as const),
  }),
})

describe('annual counts property', () => {
  it('no published count is between 1 and 4, in any table or total', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEnquiry, { maxLength: 60 }), fc.nat({ max: 30 }), (enquiries, concernCount) => {
        const concerns = Array.from({ length: concernCount }, () => ({ receivedOn: '2024-07-07' }))
        const counts = expectOk(annualCounts({ concerns, enquiries }, { year: 2024 }))
        for (const entry of counts.tables) {
          for (const cell of [...entry.rows.map((row) => row.cell), ...(entry.total ? [entry.total.cell] : [])]) {
            if (cell.kind === 'shown') expect(cell.value === 0 || cell.value >= 5).toBe(true)
          }
        }
      }),
    )
  })
})

describe('annualCountsFromTotals: counts a database worked out itself', () => {
  it('publishes the same tables from raw totals as from the records they came from', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEnquiry, { maxLength: 40 }), (enquiries) => {
        const records = { concerns: [{ receivedOn: '2024-07-07' }], enquiries }
        expect(annualCountsFromTotals(annualTotals(records, 2024), { year: 2024 })).toEqual(
          annualCounts(records, { year: 2024 }),
        )
      }),
    )
  })

  it('names the MSP row a concluded enquiry falls in, for a store to keep beside it', () => {
    expect(mspRowOf(concluded())).toBe('expressed-fully-achieved')
    expect(mspRowOf(concluded({ desiredOutcomes: { asked: false, whyNotAsked: 'In hospital' } }))).toBe('not-asked')
    expect(mspRowIds).toContain(mspRowOf(concluded({ desiredOutcomes: { asked: true } })))
  })

  it('refuses a count under a row the collection does not have, rather than dropping it', () => {
    const totals = { ...annualTotals({ concerns: [], enquiries: [] }, 2024), concludedByLocation: { moon: 7 } }
    const errors = expectErrors(annualCountsFromTotals(totals, { year: 2024 }))
    expect(errors[0]?.path).toBe('totals.concludedByLocation.moon')
    expect(errors[0]?.message).toMatch(/not one of the rows/)
  })

  it('refuses a negative or fractional count, naming it', () => {
    const totals = { ...annualTotals({ concerns: [], enquiries: [] }, 2024), concerns: -1 }
    expect(expectErrors(annualCountsFromTotals(totals, { year: 2024 }))[0]?.path).toBe('totals.concerns')
  })
})
