import { join } from 'node:path'
import { RiskOutcomeSchema, riskOutcomeRow, riskResultRow } from '@open-sds/safeguarding'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../src/index.js'
import { migrationsBefore, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()

// Closed enquiries as the portal stored them before the Safeguarding Adults Collection categories (decision 019).
const before = [
  {
    id: 'e1',
    row: 'action-taken-remains',
    outcome: { kind: 'action-taken', result: 'remains', actionTaken: 'Police informed' },
  },
  {
    id: 'e2',
    row: 'risk-identified-no-action',
    outcome: { kind: 'risk-identified-no-action', reason: 'The person declined' },
  },
  { id: 'e3', row: 'inconclusive', outcome: { kind: 'inconclusive', note: 'Conflicting accounts' } },
  { id: 'e4', row: 'no-risk', outcome: { kind: 'no-risk' } },
  { id: 'e5', row: 'ceased-at-request', outcome: { kind: 'ceased-at-request' } },
]

describe('migration 0010: SAC categories for enquiries already closed', () => {
  it('splits each stored outcome into the finding with the action (SG2c) and the result (SG2e), in the JSON and the count columns alike, audited', () => {
    const earlier = migrationsBefore('_statutory-returns', temp.folder())
    const path = join(temp.folder(), 'portal.db')
    const old = openDatabase({ path, migrationsFolder: earlier.folder })
    try {
      const run = (text: string, ...values: unknown[]) => old.sqlite.prepare(text).run(...values)
      run(
        "insert into users (id, email, display_name, password_hash, role, created_at) values ('u', 'u@example.org', 'U', 'x', 'practitioner', 0)",
      )
      run("insert into people (id, display_name, created_at) values ('p', 'P', 0)")
      for (const { id, row, outcome } of before) {
        run(
          `insert into safeguarding_concerns (id, reference, received_at, received_on, person_id, age_band, needs_follow_up, concern) values (?, ?, 0, '2025-06-01', 'p', '65-74', 0, '{}')`,
          `c-${id}`,
          `SG-2025-${id}`,
        )
        const enquiry = { id, status: 'closed', closure: { closedOn: '2025-09-01', riskOutcome: outcome } }
        run(
          `insert into safeguarding_enquiries (id, concern_id, kind, person_id, age_band, opened_on, opened_at, opened_by_user_id, status, version, types_of_abuse, closed_on, risk_outcome_row, msp_row, enquiry)
           values (?, ?, 'section-42', 'p', '65-74', '2025-06-02', 0, 'u', 'closed', 3, '["sexual"]', '2025-09-01', ?, 'not-asked', ?)`,
          id,
          `c-${id}`,
          row,
          JSON.stringify(enquiry),
        )
      }
    } finally {
      old.close()
    }

    const upgraded = temp.open(path)
    const rows = upgraded.sqlite
      .prepare(
        'select id, risk_outcome_row as sg2c, risk_result_row as sg2e, enquiry from safeguarding_enquiries order by id',
      )
      .all() as Array<{ id: string; sg2c: string; sg2e: string | null; enquiry: string }>
    expect(rows.map((row) => [row.id, row.sg2c, row.sg2e])).toEqual([
      ['e1', 'risk-identified-action-taken', 'remained'],
      ['e2', 'risk-identified-no-action', 'not-recorded'],
      ['e3', 'inconclusive-no-action', null],
      ['e4', 'no-risk-no-action', null],
      ['e5', 'ceased-at-request-no-action', null],
    ])
    // The rewritten JSON reads through the package, and the package puts it in the same rows the columns hold.
    for (const row of rows) {
      const outcome = RiskOutcomeSchema.parse(
        (JSON.parse(row.enquiry) as { closure: { riskOutcome: unknown } }).closure.riskOutcome,
      )
      expect([riskOutcomeRow(outcome), riskResultRow(outcome)]).toEqual([row.sg2c, row.sg2e])
      expect(JSON.parse(row.enquiry)).not.toHaveProperty('closure.riskOutcome.kind')
    }
    expect(JSON.parse(rows[0]?.enquiry ?? '{}').closure.riskOutcome).toEqual({
      risk: 'identified',
      actionTaken: true,
      action: 'Police informed',
      result: 'remained',
    })
    expect(JSON.parse(rows[2]?.enquiry ?? '{}').closure.riskOutcome).toEqual({
      risk: 'inconclusive',
      actionTaken: false,
      note: 'Conflicting accounts',
    })
    const audited = upgraded.sqlite
      .prepare("select count(*) as n from audit_log where action = 'safeguarding.enquiry.sac-categories-migrated'")
      .get()
    expect(audited).toEqual({ n: 5 })
    // Closed enquiries are final again once the migration has run.
    expect(() =>
      upgraded.sqlite
        .prepare("update safeguarding_enquiries set msp_row = 'dont-know', version = version + 1 where id = 'e1'")
        .run(),
    ).toThrow(/closed enquiry cannot be changed/)
  })
})
