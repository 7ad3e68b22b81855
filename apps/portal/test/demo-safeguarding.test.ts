import { hashPasswordScrypt, seedDemoData } from '@open-sds/db'
import { annualCountsFromTotals, financialYear, reportingYearOf, ukDateOf } from '@open-sds/safeguarding'
import { describe, expect, it } from 'vitest'
import { portalDatabase } from '~/.server/context'
import { seedDemoSafeguarding } from '~/routes/_safeguarding+/demo-safeguarding.server'
import { openPortalDatabase, portalEngines } from './support/engines'
import { countIn } from './support/portal-sql'

// Issue 19, "The demo": the demo's fictional safeguarding concerns and enquiries go in through the repositories, so
// `npm run demo` on PostgreSQL shows safeguarding figures as it does on SQLite (its care histories are SQLite-only).
describe.each(portalEngines())('the demo safeguarding concerns and enquiries, on $name', (engine) => {
  it('give last reporting year figures above the small-number rule, once, with the demo audit entry', async () => {
    const at = await engine.freshDatabase()
    const handle = await openPortalDatabase(at)
    try {
      const database = portalDatabase(handle)
      const now = new Date()
      const seed = () =>
        database.withAudit(
          async (repos) => ({
            ...(await seedDemoData({ repos }, { hashPassword: hashPasswordScrypt, now })),
            safeguardingConcernsAdded: await seedDemoSafeguarding(repos, now),
          }),
          (seeded) => ({ at: now, action: 'demo-data.seed', resource: 'demo-data', detail: seeded }),
        )
      expect((await seed()).safeguardingConcernsAdded).toBe(150)
      expect(await countIn(at, "select count(*) as n from audit_log where action = 'demo-data.seed'")).toBe(1)
      const year = reportingYearOf(ukDateOf(now)) - 1
      const totals = await handle.repos.safeguarding.annualTotals(financialYear(year))
      const counts = annualCountsFromTotals(totals, { year })
      expect(counts.ok).toBe(true)
      const shown = counts.ok
        ? counts.value.tables.flatMap((table) =>
            table.rows.flatMap((row) => (row.cell.kind === 'shown' ? [`${table.id}/${row.id}`] : [])),
          )
        : []
      expect(totals.concerns).toBeGreaterThanOrEqual(40)
      expect(totals.concluded).toBeGreaterThanOrEqual(20)
      expect(Object.keys(totals.concludedByType).length).toBeGreaterThanOrEqual(3)
      expect(Object.keys(totals.concludedByLocation).length).toBeGreaterThanOrEqual(3)
      expect(shown).toEqual(expect.arrayContaining(['concerns/concerns', 'enquiries-started/section-42']))
      // Some are still open, and an immediate safety action was recorded on a few.
      expect(
        await countIn(at, "select count(*) as n from safeguarding_enquiries where status = 'open'"),
      ).toBeGreaterThan(0)
      expect(await countIn(at, 'select count(*) as n from safeguarding_immediate_actions')).toBeGreaterThan(0)
      // Setting the demo up again adds nothing.
      expect((await seed()).safeguardingConcernsAdded).toBe(0)
      expect(await countIn(at, 'select count(*) as n from safeguarding_concerns')).toBe(150)
    } finally {
      await handle.close()
      await at.remove()
    }
  }, 120_000)
})
