// The yearly uprating of every confirmed charge (see docs/decisions/009). Without --confirm it only prints the report
// of changes; with --confirm it writes every new charge as a new version in one transaction, or none at all.
//
//   node scripts/uprate.js 2026-04-06
//   node scripts/uprate.js 2026-04-06 --confirm --as admin@example.org
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const buildDirectory = path.resolve(here, '..', process.env.OPEN_SDS_BUILD_DIR ?? 'build')
const build = await import(path.join(buildDirectory, 'server/index.js'))

const args = process.argv.slice(2)
const date = args.find((arg) => /^\d{4}-\d{2}-\d{2}$/.test(arg))
const confirm = args.includes('--confirm')
const asIndex = args.indexOf('--as')
const adminEmail = asIndex >= 0 ? (args[asIndex + 1] ?? '') : ''
if (!date) {
  console.error(
    'Give the date the new rates take effect, as YYYY-MM-DD: node scripts/uprate.js 2026-04-06 [--confirm --as admin@example.org]',
  )
  process.exit(1)
}
if (confirm && !adminEmail) {
  console.error('Say which council administrator is confirming the uprating: --as admin@example.org')
  process.exit(1)
}

/** @param {number} pence */
const pounds = (pence) => `£${(pence / 100).toFixed(2)}`
try {
  const outcome = await build.entry.module.uprateCharges({ date, confirm, adminEmail })
  const planned = outcome.confirmed ? outcome.run : outcome.planned
  if (!planned.ok) {
    console.error(planned.message)
    process.exit(1)
  }
  const { plan } = planned
  console.log(
    `Uprating to the ${plan.ratesYear} rates from ${plan.date} (${plan.policy.name}, version ${plan.policy.version})`,
  )
  for (const change of plan.changes) {
    const difference = change.toPence - change.fromPence
    console.log(
      `  ${change.personId}: ${pounds(change.fromPence)} -> ${pounds(change.toPence)} (${difference === 0 ? 'no change' : `${difference > 0 ? 'up' : 'down'} ${pounds(Math.abs(difference))}`})`,
    )
  }
  for (const problem of plan.problems) console.log(`  ${problem.personId}: cannot be worked out: ${problem.message}`)
  for (const personId of plan.awaitingReview)
    console.log(
      `  ${personId}: not uprated: an assessment is waiting for a finance officer; confirm it before confirming the uprating to include it`,
    )
  const { totals } = plan
  console.log(
    `${totals.people} people: ${totals.up} up, ${totals.down} down, ${totals.same} unchanged; weekly total ${pounds(totals.beforePence)} -> ${pounds(totals.afterPence)}`,
  )
  console.log(
    outcome.confirmed
      ? `Written: ${planned.written} new versions (run ${planned.runId}).`
      : 'Nothing has been written. Run again with --confirm --as <admin email> to uprate.',
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
