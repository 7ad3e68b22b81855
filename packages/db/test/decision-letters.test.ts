import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

// Issue 15, decision 052: a decision letter is kept byte for byte with its SHA-256, one per decision, never changed.
const now = at('2026-12-03T10:00:00Z')
const pdf = Buffer.from('%PDF-1.7\n% a letter\n%%EOF\n')

describe.each(testEngines())('decision letters on $name', (engine) => {
  async function setUp() {
    const handle = await engine.fresh()
    const person = await createPerson(handle, 'Priya Shah')
    const dana = await createUser(handle, 'dana@example.org')
    const add = (subject: string) =>
      handle.withAudit(
        (repos) =>
          repos.decisionLetters.add(
            {
              personId: person.id,
              kind: 'eligibility-and-budget',
              subject,
              title: 'Your eligibility decision',
              rulesVersion: 'reg 2; ras 1',
              pdf,
              madeByUserId: dana.id,
            },
            now,
          ),
        () => undefined,
      )
    return { handle, person, add }
  }

  it('gives back the bytes it was given, with their hash, only for the person the letter is about', async () => {
    const { handle, person, add } = await setUp()
    const stored = await add('eligibility-decision:1')
    expect(stored.sha256).toBe(createHash('sha256').update(pdf).digest('hex'))
    expect(stored.sizeBytes).toBe(pdf.length)
    const found = await handle.repos.decisionLetters.pdfOf(person.id, stored.id)
    expect(found?.pdf.equals(pdf)).toBe(true)
    expect(found?.letter).toEqual(stored)
    expect(await handle.repos.decisionLetters.findBySubject('eligibility-decision:1')).toEqual(stored)
    expect(await handle.repos.decisionLetters.listForPerson(person.id)).toEqual([stored])
    const other = await createPerson(handle, 'Alex Morgan')
    expect(await handle.repos.decisionLetters.pdfOf(other.id, stored.id)).toBeUndefined()
  })

  it('keeps one letter per decision and never lets one be changed or removed', async () => {
    const { handle, add } = await setUp()
    await add('eligibility-decision:1')
    expect(await refusal(add('eligibility-decision:1'))).toMatch(/decision_letters_subject|UNIQUE|unique/)
    expect(await refusal(engine.sql(handle, "update decision_letters set title = 'Changed'"))).toMatch(
      /decision letter cannot be changed/,
    )
    expect(await refusal(engine.sql(handle, 'delete from decision_letters'))).toMatch(/cannot be removed/)
  })
})
