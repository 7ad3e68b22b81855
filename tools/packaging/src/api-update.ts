// `pnpm api:update`: rewrites each package's API report from its build (the root script builds the packages first).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { apiReports, reportPath, reportPathInRepository } from './api-report.ts'
import { publishedPackages } from './workspace.ts'

const packages = publishedPackages()
const reports = apiReports(packages)
const changed: string[] = []
for (const pkg of packages) {
  const file = reportPath(pkg)
  const report = reports.get(pkg.manifest.name) ?? ''
  let before = ''
  try {
    before = readFileSync(file, 'utf8')
  } catch {
    // a new report
  }
  if (before === report) continue
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, report)
  changed.push(`${reportPathInRepository(pkg)} (${pkg.manifest.name})`)
}
if (changed.length === 0) console.log('Every API report already matches the build.')
else {
  console.log(`Rewrote ${changed.length} API report(s):\n${changed.map((line) => `  ${line}`).join('\n')}`)
  console.log('Review the change, and commit each with a changeset naming its package (`pnpm changeset`).')
}
