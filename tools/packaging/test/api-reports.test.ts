import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  reportChangesCoveredElsewhere,
  reportChangesWithoutChangeset,
  uncommittedReportChangeWithoutChangeset,
} from '../src/api-changesets.ts'
import { apiReports, reportPath, reportPathInRepository, updateCommand } from '../src/api-report.ts'
import { publishedPackages, repositoryRoot } from '../src/workspace.ts'

// docs/decisions/014-api-reports.md
const packages = publishedPackages()
let built = new Map<string, string>()
beforeAll(() => {
  built = apiReports(packages)
})

describe.each(packages)('the public API of $manifest.name', (pkg) => {
  const committed = reportPathInRepository(pkg)

  it('is what its committed report records', () => {
    const file = reportPath(pkg)
    const recorded = existsSync(file) ? readFileSync(file, 'utf8') : '(no report)'
    const message =
      `The built API of ${pkg.manifest.name} differs from ${committed}. If the change is meant, run \`${updateCommand}\`, ` +
      `review the report's diff, and commit it with a changeset naming ${pkg.manifest.name}`
    expect(built.get(pkg.manifest.name) === recorded, message).toBe(true)
  })

  it('changed, since the package was last released, only with a changeset naming it', () => {
    const packageJson = path.join('packages', pkg.folder, 'package.json')
    const uncovered = reportChangesWithoutChangeset(committed, packageJson, pkg.manifest.name)
    const message = `These commits change ${committed} but add no changeset naming ${pkg.manifest.name} (add one with \`pnpm changeset\`)`
    expect(uncovered, message).toEqual([])
    const uncommitted = uncommittedReportChangeWithoutChangeset(committed, pkg.manifest.name)
    expect(
      uncommitted,
      `${committed} is changed but no new or changed changeset names ${pkg.manifest.name}: add one with \`pnpm changeset\``,
    ).toBe(false)
  })
})

// data/report-changes-covered-elsewhere.json may only name real report changes, so it cannot hide anything else.
describe('report changes whose changeset is in a neighbouring commit', () => {
  it.each(reportChangesCoveredElsewhere())('$commit changed $report and says where its changeset is', (listed) => {
    const changed = execFileSync('git', ['diff-tree', '--no-commit-id', '--name-only', '-r', listed.commit], {
      cwd: repositoryRoot,
      encoding: 'utf8',
    })
    expect(changed.split('\n')).toContain(listed.report)
    expect(listed.changeset).toMatch(/\.changeset\/[a-z0-9-]+\.md/)
  })
})
