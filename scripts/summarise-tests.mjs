// Adds up the JSON reports every vitest run writes into test-results/ and prints one closing line.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
// The repository's own checks (pnpm test:repo) write to the root's test-results/, each package to its own.
const folders = [
  path.join(root, 'test-results'),
  ...['packages', 'apps', 'plugins', 'tools'].flatMap((group) => {
    const groupFolder = path.join(root, group)
    if (!existsSync(groupFolder)) return []
    return readdirSync(groupFolder).map((name) => path.join(groupFolder, name, 'test-results'))
  }),
]
const reports = folders
  .filter((folder) => existsSync(folder))
  .flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => path.join(folder, file)),
  )
if (reports.length === 0) {
  console.log('No test reports were written.')
  process.exit(1)
}
let passed = 0
let failed = 0
let skipped = 0
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
}
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
