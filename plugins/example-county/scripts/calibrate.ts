/*
 * Calibrates Northmoor's ILLUSTRATIVE allocation table on the synthetic cases and writes it as TypeScript.
 *
 * Run from the repository root, after scripts/generate-synthetic-cases.ts:
 *   pnpm --filter @open-sds/plugin-example-county exec tsx --conditions=@open-sds/source scripts/calibrate.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { allocationTableFromCsv, allocationTableModule } from './allocation-table.js'
import { SYNTHETIC_CASES } from './synthetic-cases-settings.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const table = allocationTableFromCsv(readFileSync(resolve(root, SYNTHETIC_CASES.csvPath), 'utf8'))
if (!table.ok) {
  console.error(table.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))
  process.exit(1)
}
writeFileSync(resolve(root, SYNTHETIC_CASES.tablePath), allocationTableModule(table.value))
console.log(
  `Wrote ${table.value.bands.length} bands calibrated on ${table.value.caseCount} cases ` +
    `(R squared ${table.value.rSquared?.toFixed(3) ?? 'undefined'}) to ${SYNTHETIC_CASES.tablePath}`,
)
