// Reads the architecture decision records in docs/decisions and writes their index (docs/decisions/README.md).
//   node scripts/decision-records.mjs          writes the index
//   node scripts/decision-records.mjs --check  exits 1 if a record is malformed or the index is out of date
// The root test suite (test/decision-records.test.ts) runs the same checks.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const decisionsFolder = path.resolve(import.meta.dirname, '..', 'docs', 'decisions')
export const indexFile = path.join(decisionsFolder, 'README.md')

const recordName = /^(\d{3})-[a-z0-9]+(-[a-z0-9]+)*\.md$/
const titleLine = /^# (\d{3})\. (.+)$/
// "partly superseded by NNN": a later record replaces one part of this one, and the rest still holds.
const dateAndStatusLine = /^Date: (\d{4}-\d{2}-\d{2})\. Status: (accepted|(partly )?superseded by (\d{3}))\.$/
// The one edit a record may receive after it is accepted: a line naming the record that replaces it.
const supersededLine = /^Superseded by (\d{3})\.?$/m
const requiredSections = ['Context', 'Decision', 'Consequences']

/**
 * One record read from its text: its number, title, date and status, and the problems that stop it being a record.
 * @param {string} fileName
 * @param {string} text
 */
export function readRecord(fileName, text) {
  const problems = []
  const name = recordName.exec(fileName)
  if (!name)
    problems.push(
      `${fileName}: a record's file name is its three-digit number and a short title in lower-case words joined by hyphens, like 012-one-formatter.md`,
    )
  const lines = text.split(/\r?\n/)
  const title = titleLine.exec(lines[0] ?? '')
  if (!title)
    problems.push(`${fileName}: the first line must be the title, like "# 012. One formatter for the whole repository"`)
  else if (name && title[1] !== name[1])
    problems.push(`${fileName}: the title says record ${title[1]} but the file name says ${name[1]}`)
  const dateAndStatus = lines.map((line) => dateAndStatusLine.exec(line)).find(Boolean)
  if (!dateAndStatus) problems.push(`${fileName}: it needs a line like "Date: 2026-12-02. Status: accepted."`)
  const headings = lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3).trim())
  for (const section of requiredSections) {
    if (!headings.includes(section)) problems.push(`${fileName}: it has no "## ${section}" section`)
  }
  const supersededBy = supersededLine.exec(text)?.[1] ?? dateAndStatus?.[4]
  return {
    fileName,
    number: name?.[1] ?? title?.[1] ?? '',
    title: title?.[2].trim() ?? '',
    date: dateAndStatus?.[1] ?? '',
    supersededBy,
    partly: dateAndStatus?.[3] !== undefined,
    problems,
  }
}

/** Every record in the folder, in number order, with the problems found across them (a superseding record must exist). */
export function readRecords(folder = decisionsFolder) {
  const records = readdirSync(folder)
    .filter((fileName) => fileName !== 'README.md')
    .sort()
    .map((fileName) => readRecord(fileName, readFileSync(path.join(folder, fileName), 'utf8')))
  return { records, problems: problemsAcross(records) }
}

/** @param {ReturnType<typeof readRecord>[]} records */
export function problemsAcross(records) {
  const problems = records.flatMap((record) => record.problems)
  const numbers = new Map()
  for (const record of records) {
    if (numbers.has(record.number))
      problems.push(`${record.fileName} and ${numbers.get(record.number)} have the same number`)
    numbers.set(record.number, record.fileName)
  }
  for (const record of records) {
    if (record.supersededBy === undefined) continue
    if (!numbers.has(record.supersededBy))
      problems.push(
        `${record.fileName}: it is superseded by ${record.supersededBy}, but there is no record ${record.supersededBy}`,
      )
    else if (record.supersededBy <= record.number)
      problems.push(`${record.fileName}: it can only be superseded by a later record, not ${record.supersededBy}`)
  }
  return problems
}

const cell = (text) => text.replaceAll('|', '\\|')

/** The index as Markdown: the same input always gives the same file, so the check can compare it byte for byte. */
export function renderIndex(records) {
  const fileOf = new Map(records.map((record) => [record.number, record.fileName]))
  const rows = records.map((record) => {
    const status =
      record.supersededBy === undefined
        ? 'accepted'
        : `${record.partly ? 'partly ' : ''}superseded by [${record.supersededBy}](${fileOf.get(record.supersededBy) ?? ''})`
    return `| [${record.number}](${record.fileName}) | ${cell(record.title)} | ${record.date} | ${status} |`
  })
  return [
    '# Architecture decision records',
    '',
    'Each decision that shapes the architecture is a numbered record here with its context, the decision and its',
    'consequences (record 000 says why). A record is never edited once accepted, except to add one line under its',
    'status, "Superseded by NNN.", when a new record replaces it; the new record says what changed and why.',
    '',
    'To add a record: copy the shape of an existing one (title line `# NNN. Title`, a line',
    '`Date: YYYY-MM-DD. Status: accepted.`, and the sections Context, Decision and Consequences), then run',
    '`pnpm decisions:index` to rewrite this index. `npm test` fails while a record is malformed or this index is',
    'out of date.',
    '',
    '<!-- Written by scripts/decision-records.mjs from the records themselves: edit the records, not this table. -->',
    '',
    '| No. | Decision | Date | Status |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { records, problems } = readRecords()
  const index = renderIndex(records)
  if (process.argv.includes('--check')) {
    const current = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : ''
    if (current !== index) problems.push('docs/decisions/README.md is out of date: run `pnpm decisions:index`')
  } else {
    writeFileSync(indexFile, index)
  }
  for (const problem of problems) console.error(problem)
  process.exit(problems.length === 0 ? 0 : 1)
}
