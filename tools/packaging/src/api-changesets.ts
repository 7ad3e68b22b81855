import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repositoryRoot } from './workspace.ts'

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repositoryRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim()

/** The packages a changeset file names in its front matter (`'@open-sds/ras': minor`). */
export function packagesNamedIn(changeset: string): string[] {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(changeset)?.[1] ?? ''
  return [...frontMatter.matchAll(/^\s*['"]?([^'":\s]+)['"]?\s*:\s*(major|minor|patch)\s*$/gm)].map(
    (match) => match[1] ?? '',
  )
}

/**
 * The newest commit that set the package's version, that is its last release by `changeset version` (or, before
 * any release, the commit that created the package). Changes before it were released with their changesets.
 */
export function lastRelease(packageJsonPath: string): string | undefined {
  return git('log', '-1', '--format=%H', '-G', '"version":', '--', packageJsonPath) || undefined
}

export type UncoveredChange = { commit: string; subject: string }

type CoveredElsewhere = { commit: string; report: string; changeset: string }

/**
 * Report changes whose changeset is in a neighbouring commit of the same landing, listed by hand in review
 * (data/report-changes-covered-elsewhere.json): main's history is never rewritten, so this is the only way to say so.
 */
export function reportChangesCoveredElsewhere(): CoveredElsewhere[] {
  const file = path.join(repositoryRoot, 'tools/packaging/data/report-changes-covered-elsewhere.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { commits: CoveredElsewhere[] }).commits
}

/**
 * Every commit since the package's last release that changed its API report without adding or changing, in the same
 * commit, a changeset that names the package. The commit that first adds a report only records what was already
 * there, so it needs none. The history is in every clone CI makes, and none of this depends on a branch name.
 */
export function reportChangesWithoutChangeset(
  reportPath: string,
  packageJsonPath: string,
  packageName: string,
): UncoveredChange[] {
  const since = lastRelease(packageJsonPath)
  const range = since === undefined ? ['HEAD'] : [`${since}..HEAD`]
  const commits = git('log', '--format=%H %s', '--first-parent', '--diff-filter=M', ...range, '--', reportPath)
    .split('\n')
    .filter((line) => line !== '')
  const coveredElsewhere = new Set(
    reportChangesCoveredElsewhere()
      .filter((listed) => listed.report === reportPath)
      .map((listed) => listed.commit),
  )
  return commits
    .map((line) => ({ commit: line.slice(0, 40), subject: line.slice(41) }))
    .filter(({ commit }) => !coveredElsewhere.has(commit))
    .filter(({ commit }) => {
      const changesets = git(
        'diff-tree',
        '--no-commit-id',
        '--name-only',
        '--diff-filter=AM',
        '-r',
        `${commit}^`,
        commit,
        '--',
        '.changeset/*.md',
      )
        .split('\n')
        .filter((file) => file !== '' && !file.endsWith('README.md'))
      return !changesets.some((file) => packagesNamedIn(git('show', `${commit}:${file}`)).includes(packageName))
    })
}

/**
 * Whether the report on disk differs from the last commit while no changeset on disk that is new or changed since the
 * last commit names the package: the same rule, seen before committing.
 */
export function uncommittedReportChangeWithoutChangeset(reportPath: string, packageName: string): boolean {
  if (git('status', '--porcelain', '--', reportPath) === '') return false
  const changesets = git('status', '--porcelain', '--untracked-files=all', '--', '.changeset/')
    .split('\n')
    .map((line) => line.slice(3))
    .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'))
  return !changesets.some((file) => {
    try {
      return packagesNamedIn(readFileSync(path.join(repositoryRoot, file), 'utf8')).includes(packageName)
    } catch {
      return false // deleted
    }
  })
}
