/**
 * Benchmark (issue 14, decisions 040 and 049): a direct-payment run for AGREEMENTS agreements end to end, beside a bare
 * insert of the same rows.
 *
 * - run: the portal's own confirmRun (the one the finance officer's "Confirm the run" calls) on a fresh SQLite
 *   database holding AGREEMENTS agreements, each from its own person's authorised plan: every agreement read, the
 *   package's paymentRun working out each one's schedule for the period, the references already paid asked about,
 *   and the run, its payments and its audit entry written in one transaction;
 * - bare: the same payment rows (the run's own, with their explanations) inserted into a second fresh database with
 *   one prepared statement in one transaction, nothing worked out.
 *
 * Run from the repository root: pnpm bench direct-payment-run (AGREEMENTS=100000 for the figure; 2,000 by
 * default). Writes bench/results/direct-payment-run.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { HistoryWriter, openDatabase, type DatabaseHandle } from '@open-sds/db'

const AGREEMENTS = Number(process.env.AGREEMENTS ?? 2_000)
const START = '2026-04-06'
const ON = '2026-05-06'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// Ade's agreement as the package's tests make it, and the portal's run, found at run time (they are not this
// package's: the first is a test fixture, the second written for the portal's bundler).
const { adesAgreement } = (await import(join(root, 'packages', 'direct-payments', 'test', 'fixtures.ts'))) as {
  adesAgreement(overrides: { id: string; startDate: string }): Record<string, unknown> & { weeklyPaymentPence?: number }
}
const { confirmRun } = (await import(
  join(root, 'apps', 'portal', 'app', 'routes', '_direct-payments+', 'direct-payments.server.ts')
)) as {
  confirmRun(
    context: unknown,
    viewer: { id: string },
    on: string,
    paidOn: string,
    now: Date,
  ): Promise<{ ok: true; value: { paymentCount: number; totalPence: number } } | { ok: false; errors: unknown }>
}

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-dp-run-'))
const ms = (value: number) => Number(value.toFixed(1))
const perSecond = (count: number, millis: number) => Math.round((count / millis) * 1000)

/** AGREEMENTS people, each with an authorised plan and a direct-payment agreement from it, written straight in. */
function seed(handle: DatabaseHandle) {
  handle.sqlite
    .prepare(
      "insert into users (id, email, display_name, password_hash, role, created_at) values ('finance', 'finance@example.org', 'Finance', 'x', 'finance-officer', 0)",
    )
    .run()
  const writer = new HistoryWriter(handle.sqlite, 'finance')
  const agreement = handle.sqlite.prepare(
    `insert into direct_payment_agreements (id, person_id, plan_id, plan_version, recipient_role, account_type, basis,
       delivery_mechanism, start_date, weekly_payment_pence, cost_centre, agreement, rules_version, created_by_user_id, created_at)
     values (?, ?, ?, 1, 'the-person', 'own-bank-account', 'net', 'direct-payment', ?, 32000, 'ASC-DP-01', ?, ?, 'finance', ?)`,
  )
  const created = new Date(`${START}T09:00:00Z`)
  // One agreement made by the package, copied for each person with its own id (making each afresh is set-up time).
  const made = adesAgreement({ id: 'dp-template', startDate: START })
  const template = JSON.stringify(made)
  handle.sqlite.transaction(() => {
    for (let index = 0; index < AGREEMENTS; index += 1) {
      const person = writer.person(created)
      const plan = writer.plan(person, { directPaymentPence: 36_000, managedPence: 0, isfPence: 0 }, [
        { action: 'create', to: 'draft', at: created },
        { action: 'approve', to: 'approved', at: created },
      ])
      const id = `dp-${String(index)}`
      agreement.run(
        id,
        person,
        plan,
        START,
        template.replaceAll('"dp-template', `"${id}`),
        String(made.rulesVersion),
        created.getTime(),
      )
    }
  })()
}

const runDb = openDatabase({ path: join(folder, 'run.sqlite') })
const bareDb = openDatabase({ path: join(folder, 'bare.sqlite') })
try {
  const seedStarted = performance.now()
  seed(runDb)
  seed(bareDb)
  console.log(`set up: ${String(AGREEMENTS)} agreements in each database in ${ms(performance.now() - seedStarted)} ms`)

  const context = { database: runDb, site: { slots: {}, provenance: { slots: {} } } }
  const runStarted = performance.now()
  const run = await confirmRun(context, { id: 'finance' }, ON, ON, new Date())
  const runMs = performance.now() - runStarted
  if (!run.ok) throw new Error(`the run was refused: ${JSON.stringify(run.errors)}`)
  const payments = run.value.paymentCount
  console.log(
    `run end to end: ${String(AGREEMENTS)} agreements, ${String(payments)} payments (£${(run.value.totalPence / 100).toFixed(2)}) in ${ms(runMs)} ms (${String(perSecond(payments, runMs))} payments a second)`,
  )

  // The same rows, as the run stored them, inserted bare.
  const rows = runDb.sqlite.prepare('select * from direct_payments').all() as Record<string, unknown>[]
  const runRow = runDb.sqlite.prepare('select * from direct_payment_runs').get() as Record<string, unknown>
  bareDb.sqlite
    .prepare(
      'insert into direct_payment_runs (id, period_start, period_end, paid_on, payment_count, total_pence, run_by_user_id, run_at) values (@id, @period_start, @period_end, @paid_on, @payment_count, @total_pence, @run_by_user_id, @run_at)',
    )
    .run(runRow)
  const insert = bareDb.sqlite.prepare(
    'insert into direct_payments (id, agreement_id, run_id, reference, kind, period_start, period_end, due_date, paid_on, pence, explanation) values (@id, @agreement_id, @run_id, @reference, @kind, @period_start, @period_end, @due_date, @paid_on, @pence, @explanation)',
  )
  const bareStarted = performance.now()
  bareDb.sqlite.transaction(() => {
    for (const row of rows) insert.run(row)
  })()
  const bareMs = performance.now() - bareStarted
  console.log(
    `bare insert: ${String(rows.length)} payment rows in ${ms(bareMs)} ms (${String(perSecond(rows.length, bareMs))} a second)`,
  )
  console.log(`the run takes ${(runMs / bareMs).toFixed(1)} times the bare insert`)
  const load = loadavg().map((value) => Number(value.toFixed(2)))
  console.log(`load average (1, 5, 15 minutes): ${load.join(', ')}`)
  const results = join(root, 'bench', 'results')
  mkdirSync(results, { recursive: true })
  writeFileSync(
    join(results, 'direct-payment-run.json'),
    `${JSON.stringify(
      {
        agreements: AGREEMENTS,
        payments,
        run: { ms: ms(runMs), paymentsPerSecond: perSecond(payments, runMs) },
        bareInsert: { rows: rows.length, ms: ms(bareMs), perSecond: perSecond(rows.length, bareMs) },
        ratio: Number((runMs / bareMs).toFixed(2)),
        loadAverage: load,
        at: new Date().toISOString(),
      },
      null,
      2,
    )}\n`,
  )
} finally {
  runDb.close()
  bareDb.close()
  rmSync(folder, { recursive: true, force: true })
}
