import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { fail, issue, ok, parse } from '../src/index.ts'

const Concern = z.strictObject({ whatHappened: z.string().min(1), peopleAtRisk: z.number().int(), seenOn: z.iso.date() })

describe('parse', () => {
  it('gives back the parsed value when the input is valid', () => {
    expect(parse(Concern, { whatHappened: 'A fall', peopleAtRisk: 1, seenOn: '2026-04-01' })).toEqual(ok({ whatHappened: 'A fall', peopleAtRisk: 1, seenOn: '2026-04-01' }))
  })

  it('words each problem for the person at the form, naming the field from its key', () => {
    const result = parse(Concern, { whatHappened: '', peopleAtRisk: 'two', seenOn: '1 April' })
    expect(result).toEqual(
      fail(
        issue('whatHappened', 'What happened cannot be empty'),
        issue('peopleAtRisk', 'People at risk must be a number'),
        issue('seenOn', 'Seen on must be a date written as YYYY-MM-DD, for example 2026-04-01'),
      ),
    )
  })

  it('says a missing answer is missing, and puts the prefix before every path', () => {
    const result = parse(Concern, { whatHappened: 'A fall', seenOn: '2026-04-01' }, 'concern')
    expect(result).toEqual(fail(issue('concern.peopleAtRisk', 'People at risk is missing: it is needed here')))
  })

  it('reports one unexpected field at the field itself', () => {
    const result = parse(Concern, { whatHappened: 'A fall', peopleAtRisk: 1, seenOn: '2026-04-01', nickname: 'x' })
    expect(result).toEqual(fail(issue('nickname', 'nickname is not accepted here')))
  })
})
