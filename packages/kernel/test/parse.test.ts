import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { fail, issue, ok, parse, prefixIssues } from '../src/index.ts'

const Concern = z.strictObject({
  whatHappened: z.string().min(1),
  peopleAtRisk: z.number().int(),
  seenOn: z.iso.date(),
})

/** The one message parse gives for `input` against `schema`. */
function messageFor(schema: z.ZodType, input: unknown): string {
  const result = parse(schema, input)
  if (result.ok) throw new Error('expected a problem')
  expect(result.errors).toHaveLength(1)
  return result.errors[0]?.message ?? ''
}

describe('parse', () => {
  it('gives back the parsed value when the input is valid', () => {
    expect(parse(Concern, { whatHappened: 'A fall', peopleAtRisk: 1, seenOn: '2026-04-01' })).toEqual(
      ok({ whatHappened: 'A fall', peopleAtRisk: 1, seenOn: '2026-04-01' }),
    )
  })

  it('words each problem for the person at the form, naming the field from its key', () => {
    const result = parse(Concern, { whatHappened: '', peopleAtRisk: 'two', seenOn: '1 April' })
    expect(result).toEqual(
      fail(
        issue('whatHappened', 'What happened must not be empty'),
        issue('peopleAtRisk', 'People at risk must be a number, not the text "two"'),
        issue('seenOn', 'Seen on must be a real date written as YYYY-MM-DD, for example 2026-04-01'),
      ),
    )
  })

  it('puts the prefix before every path, given as text or as an option', () => {
    const missing = { whatHappened: 'A fall', seenOn: '2026-04-01' }
    expect(parse(Concern, missing, 'concern')).toEqual(
      fail(issue('concern.peopleAtRisk', 'People at risk is required')),
    )
    expect(parse(Concern, missing, { prefix: 'concern' })).toEqual(parse(Concern, missing, 'concern'))
  })

  it('uses the label given for a field instead of spelling out its key', () => {
    const result = parse(z.object({ ratedBy: z.string() }), {}, { labels: { ratedBy: 'Who rated it' } })
    expect(result).toEqual(fail(issue('ratedBy', 'Who rated it is required')))
  })

  it('keeps a message the schema wrote itself', () => {
    expect(messageFor(z.object({ name: z.string().min(1, 'Enter your name') }), { name: '' })).toBe('Enter your name')
  })

  it('reports each unexpected field at the field itself, suggesting the one that was probably meant', () => {
    const result = parse(Concern, {
      whatHappened: 'A fall',
      peopleAtRisk: 1,
      seenOn: '2026-04-01',
      seenon: 'x',
      nickname: 'x',
    })
    expect(result).toEqual(
      fail(
        issue(
          'seenon',
          '"seenon" is not a field we recognise (did you mean seenOn?). Fields allowed here: whatHappened, peopleAtRisk, seenOn',
        ),
        issue(
          'nickname',
          '"nickname" is not a field we recognise (check the spelling). Fields allowed here: whatHappened, peopleAtRisk, seenOn',
        ),
      ),
    )
  })

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'text', [], () => 1, Symbol('x'), new Date(Number.NaN)]) {
      expect(parse(Concern, input).ok).toBe(false)
    }
  })
})

describe('one wording for each kind of zod issue', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a missing field', z.object({ dateOfBirth: z.string() }), {}, 'Date of birth is required'],
    ['a null field', z.object({ dateOfBirth: z.string() }), { dateOfBirth: null }, 'Date of birth is required'],
    [
      'the wrong kind of value',
      z.object({ weeklyCostPence: z.number() }),
      { weeklyCostPence: '12' },
      'Weekly cost (in pence) must be a number, not the text "12"',
    ],
    [
      'a fraction where a whole number is needed',
      z.object({ hours: z.number().int() }),
      { hours: 1.5 },
      'Hours must be a whole number, not 1.5',
    ],
    [
      'yes or no',
      z.object({ livesAlone: z.boolean() }),
      { livesAlone: 'yes' },
      'Lives alone must be yes or no (true or false), not the text "yes"',
    ],
    [
      'a list',
      z.object({ supports: z.array(z.string()) }),
      { supports: 'x' },
      'Supports must be a list, not the text "x"',
    ],
    [
      'a group of fields',
      z.object({ address: z.object({ line1: z.string() }) }),
      { address: 3 },
      'Address must be a group of fields, not 3',
    ],
    ['empty text', z.object({ description: z.string().min(1) }), { description: '' }, 'Description must not be empty'],
    [
      'text too short',
      z.object({ postcode: z.string().min(5) }),
      { postcode: 'N1' },
      'Postcode must be at least 5 characters long',
    ],
    [
      'text too long',
      z.object({ reason: z.string().max(3) }),
      { reason: 'long' },
      'Reason must be 3 characters or fewer',
    ],
    ['a number too small', z.object({ hours: z.number().min(0) }), { hours: -1 }, 'Hours must be 0 or more'],
    [
      'a number not above a bound',
      z.object({ hours: z.number().positive() }),
      { hours: 0 },
      'Hours must be more than 0',
    ],
    ['a number too big', z.object({ rating: z.number().max(5) }), { rating: 6 }, 'Rating must be 5 or less'],
    [
      'a number not below a bound',
      z.object({ share: z.number().lt(100) }),
      { share: 100 },
      'Share must be less than 100',
    ],
    [
      'too few in a list',
      z.object({ outcomes: z.array(z.string()).min(1) }),
      { outcomes: [] },
      'Outcomes must have at least 1 item',
    ],
    [
      'too many in a list',
      z.object({ outcomes: z.array(z.string()).max(2) }),
      { outcomes: ['a', 'b', 'c'] },
      'Outcomes must have 2 items or fewer',
    ],
    [
      'an entry of a list',
      z.object({ names: z.array(z.string().min(1)) }),
      { names: ['Ann', ''] },
      'Item 2 of names must not be empty',
    ],
    [
      'a choice',
      z.object({ per: z.enum(['week', 'month']) }),
      { per: 'fortnight' },
      'Per must be one of "week" or "month"',
    ],
    ['a missing choice', z.object({ per: z.enum(['week', 'month']) }), {}, 'Per is required'],
    ['a single allowed value', z.object({ apiVersion: z.literal(1) }), { apiVersion: 2 }, 'Api version must be 1'],
    [
      'a choice of shapes',
      z.object({
        answer: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('yes') }),
          z.object({ kind: z.literal('no') }),
        ]),
      }),
      { answer: { kind: 'maybe' } },
      'Kind must be one of "yes" or "no"',
    ],
    [
      'a choice of kinds',
      z.object({ value: z.union([z.string(), z.number()]) }),
      { value: true },
      'Value must be text or a number, not true',
    ],
    [
      'a date',
      z.object({ reviewDate: z.iso.date() }),
      { reviewDate: '2026-02-30' },
      'Review date must be a real date written as YYYY-MM-DD, for example 2026-04-01',
    ],
    [
      'a date and time',
      z.object({ at: z.iso.datetime() }),
      { at: 'noon' },
      'At must be a date and time with its time zone, for example 2026-04-01T09:30:00Z',
    ],
    [
      'an email address',
      z.object({ email: z.email() }),
      { email: 'nobody' },
      'Email must be an email address, for example name@example.com',
    ],
    ['a pattern', z.object({ code: z.string().regex(/^E\d{8}$/) }), { code: 'x' }, 'Code is not in the form expected'],
    [
      'a multiple',
      z.object({ minutes: z.number().multipleOf(15) }),
      { minutes: 20 },
      'Minutes must be a multiple of 15',
    ],
    [
      'a name in a record',
      z.object({ rates: z.record(z.string().regex(/^[a-z]+$/), z.number()) }),
      { rates: { B1: 1 } },
      'Rates has an entry named "B1", which is not accepted',
    ],
    [
      'a failed check with no message',
      z.object({ pin: z.string().refine((value) => value === '1') }),
      { pin: '2' },
      'Pin is not accepted',
    ],
    ['the whole input', z.string(), undefined, 'The input is required'],
  ])('%s', (_, schema, input, message) => {
    expect(messageFor(schema, input)).toBe(message)
  })
})

describe('prefixIssues', () => {
  it('names where a part sits, leaving an issue about the whole part at the prefix', () => {
    expect(prefixIssues('plan', [issue('', 'Missing'), issue('budget', 'Wrong')])).toEqual([
      issue('plan', 'Missing'),
      issue('plan.budget', 'Wrong'),
    ])
  })
})
