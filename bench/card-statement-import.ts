/**
 * Benchmark (issue 14): importing a prepaid-card statement of TRANSACTIONS transactions, beside a bare CSV parse.
 *
 * - import: @open-sds/direct-payments' parseCardStatement in the default format (each row's date, description, amount
 *   and balance read and checked, a bad row named by its line and the good rows kept), then the already-imported
 *   check the portal does before a return is made (each row's identity from transactionIdentities, hashed with
 *   SHA-256 as the portal stores it in direct_payment_card_transactions, matched against the stored hashes, and the
 *   matched rows left out by leaveOutImported), then returnFromCardStatement on the new rows (the return the person
 *   sends: council payments matched to money in, spend lines, balances). The stored hashes are the first half of the
 *   statement's rows, as if last month's statement had brought them: a statement repeating old rows beside new ones;
 * - bare: the same text split into lines and each line on its commas, nothing checked.
 *
 * One row in a thousand is malformed (a date that does not exist), so the import's reporting by line is part of it.
 * Run from the repository root: pnpm bench card-statement-import (TRANSACTIONS=1000000 for the issue's figure;
 * 20,000 by default). Writes bench/results/card-statement-import.json.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import {
  DEFAULT_CARD_STATEMENT_FORMAT,
  leaveOutImported,
  parseCardStatement,
  returnFromCardStatement,
  transactionIdentities,
} from '@open-sds/direct-payments'

const TRANSACTIONS = Number(process.env.TRANSACTIONS ?? 20_000)
const ms = (value: number) => Number(value.toFixed(1))
const perSecond = (count: number, millis: number) => Math.round((count / millis) * 1000)

/** A statement over a year: a council payment every 28th row, spend between, a running balance. */
function statement(count: number): string {
  const lines = ['Date,Description,Amount,Balance']
  let balance = 0
  const start = Date.parse('2026-04-06T12:00:00Z')
  for (let index = 0; index < count; index += 1) {
    const date = new Date(start + Math.floor((index * 365) / count) * 86_400_000).toISOString().slice(0, 10)
    const pence = index % 28 === 0 ? 128_000 : -((index % 97) * 37 + 150)
    balance += pence
    const day = index % 1000 === 999 ? '2026-02-30' : date
    lines.push(
      `${day},${pence > 0 ? 'Council payment' : `PA wages week ${String(index % 52)}`},${(pence / 100).toFixed(2)},${(balance / 100).toFixed(2)}`,
    )
  }
  return `${lines.join('\n')}\n`
}

const text = statement(TRANSACTIONS)
console.log(`statement: ${String(TRANSACTIONS)} transactions, ${(text.length / 1_048_576).toFixed(1)} MiB`)

const bareStarted = performance.now()
let fields = 0
for (const line of text.split('\n')) if (line !== '') fields += line.split(',').length
const bareMs = performance.now() - bareStarted
console.log(
  `bare parse: ${String(fields)} fields in ${ms(bareMs)} ms (${String(perSecond(TRANSACTIONS, bareMs))} rows a second)`,
)

// The portal stores each imported row as the SHA-256 of its identity (money.server.ts); the same here.
const sha256 = (identity: string) => createHash('sha256').update(identity).digest('hex')
// Stored before the clock starts: the rows of an earlier statement, the first half of this one.
const earlier = parseCardStatement(text, DEFAULT_CARD_STATEMENT_FORMAT)
if (!earlier.ok) throw new Error(JSON.stringify(earlier.errors))
const stored = new Set(
  transactionIdentities(earlier.value.transactions)
    .slice(0, Math.floor(earlier.value.transactions.length / 2))
    .map(sha256),
)

const importStarted = performance.now()
const parsed = parseCardStatement(text, DEFAULT_CARD_STATEMENT_FORMAT)
const parseMs = performance.now() - importStarted
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
const identities = transactionIdentities(parsed.value.transactions)
const fresh = leaveOutImported(parsed.value, new Set(identities.filter((identity) => stored.has(sha256(identity)))))
const matchMs = performance.now() - importStarted - parseMs
const sent = returnFromCardStatement(fresh.statement, { receivedOn: '2027-04-10', councilPayments: [] })
const importMs = performance.now() - importStarted
if (!sent.ok) throw new Error(JSON.stringify(sent.errors.slice(0, 3)))
console.log(
  `import: ${String(parsed.value.transactions.length)} good rows, ${String(parsed.value.problems.length)} named by line, read in ${ms(parseMs)} ms; ${String(fresh.leftOut)} already imported found among ${String(stored.size)} stored rows and left out in ${ms(matchMs)} ms; with the return worked out ${ms(importMs)} ms (${String(perSecond(TRANSACTIONS, importMs))} rows a second)`,
)
console.log(`the import takes ${(importMs / bareMs).toFixed(1)} times the bare parse`)
const load = loadavg().map((value) => Number(value.toFixed(2)))
console.log(`load average (1, 5, 15 minutes): ${load.join(', ')}`)
const results = join(dirname(fileURLToPath(import.meta.url)), 'results')
mkdirSync(results, { recursive: true })
writeFileSync(
  join(results, 'card-statement-import.json'),
  `${JSON.stringify(
    {
      transactions: TRANSACTIONS,
      bytes: text.length,
      bare: { ms: ms(bareMs), rowsPerSecond: perSecond(TRANSACTIONS, bareMs) },
      import: {
        parseMs: ms(parseMs),
        alreadyImportedMs: ms(matchMs),
        storedRows: stored.size,
        leftOut: fresh.leftOut,
        ms: ms(importMs),
        rowsPerSecond: perSecond(TRANSACTIONS, importMs),
        goodRows: parsed.value.transactions.length,
        namedByLine: parsed.value.problems.length,
      },
      ratio: Number((importMs / bareMs).toFixed(2)),
      loadAverage: load,
      at: new Date().toISOString(),
    },
    null,
    2,
  )}\n`,
)
