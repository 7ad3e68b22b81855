import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { indexFile, problemsAcross, readRecord, readRecords, renderIndex } from '../scripts/decision-records.mjs'

const wellFormed = (number: string, extra = '') =>
  [
    `# ${number}. A decision`,
    '',
    `Date: 2026-12-02. Status: accepted.`,
    extra,
    '## Context',
    'Why.',
    '## Decision',
    'What.',
    '## Consequences',
    'So.',
  ].join('\n')

describe('the decision records in docs/decisions', () => {
  it('are each well formed, and every record that is superseded names one that exists', () => {
    expect(readRecords().problems).toEqual([])
  })

  it('are all listed in the index, which is exactly what `pnpm decisions:index` writes', () => {
    const { records } = readRecords()
    const index = readFileSync(indexFile, 'utf8')
    for (const record of records) expect(index).toContain(`[${record.number}](${record.fileName})`)
    expect(index, 'docs/decisions/README.md is out of date: run `pnpm decisions:index`').toBe(renderIndex(records))
  })
})

describe('the decision record check', () => {
  it('accepts a record with its title, date, status and the three sections', () => {
    expect(readRecord('012-a-decision.md', wellFormed('012')).problems).toEqual([])
  })

  it('refuses a record missing a section, naming the file and the section', () => {
    const text = wellFormed('012').replace('## Consequences', '## Afterwards')
    expect(readRecord('012-a-decision.md', text).problems).toEqual([
      '012-a-decision.md: it has no "## Consequences" section',
    ])
  })

  it('refuses a record with no status line', () => {
    const text = wellFormed('012').replace('Date: 2026-12-02. Status: accepted.', 'Date: 2026-12-02.')
    expect(readRecord('012-a-decision.md', text).problems).toEqual([
      '012-a-decision.md: it needs a line like "Date: 2026-12-02. Status: accepted."',
    ])
  })

  it('refuses a file whose name and title disagree, or whose name is not a record name', () => {
    expect(readRecord('013-a-decision.md', wellFormed('012')).problems).toEqual([
      '013-a-decision.md: the title says record 012 but the file name says 013',
    ])
    expect(readRecord('notes.md', wellFormed('012')).problems[0]).toMatch(
      /^notes\.md: a record's file name is its three-digit number/,
    )
  })

  it('lists a superseded record as superseded by the record that replaced it', () => {
    const old = readRecord('003-old.md', wellFormed('003', 'Superseded by 012.'))
    const replacement = readRecord('012-new.md', wellFormed('012'))
    expect(problemsAcross([old, replacement])).toEqual([])
    expect(renderIndex([old, replacement])).toContain(
      '| [003](003-old.md) | A decision | 2026-12-02 | superseded by [012](012-new.md) |',
    )
  })

  it('lists a record partly superseded as such, by the record that replaced that part', () => {
    const text = wellFormed('003').replace('Status: accepted.', 'Status: partly superseded by 012.')
    const old = readRecord('003-old.md', text)
    const replacement = readRecord('012-new.md', wellFormed('012'))
    expect(old.problems).toEqual([])
    expect(problemsAcross([old, replacement])).toEqual([])
    expect(renderIndex([old, replacement])).toContain(
      '| [003](003-old.md) | A decision | 2026-12-02 | partly superseded by [012](012-new.md) |',
    )
  })

  it('refuses a record superseded by one that does not exist, or by an earlier one', () => {
    const old = readRecord('003-old.md', wellFormed('003', 'Superseded by 019.'))
    expect(problemsAcross([old])).toEqual(['003-old.md: it is superseded by 019, but there is no record 019'])
    const earlier = readRecord('001-earlier.md', wellFormed('001'))
    const backwards = readRecord('003-old.md', wellFormed('003', 'Superseded by 001.'))
    expect(problemsAcross([earlier, backwards])).toEqual([
      '003-old.md: it can only be superseded by a later record, not 001',
    ])
  })
})
