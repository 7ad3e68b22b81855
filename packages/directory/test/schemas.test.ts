import { describe, expect, it } from 'vitest'
import { parseOrganization, parseService, parseTaxonomyTerm } from '../src/index.js'
import { moorsideCafe } from './fixtures.js'

const messagesFor = (result: { ok: boolean; errors?: { path: string; message: string }[] }) =>
  result.ok ? [] : (result.errors ?? []).map((issue) => `${issue.path}: ${issue.message}`)

describe('ORUK 3.0 objects in plain English', () => {
  it('accepts a fully nested service and keeps every field it was given', () => {
    const result = parseService(moorsideCafe)
    expect(result).toEqual({ ok: true, value: moorsideCafe })
  })

  it('refuses a listing with no name, a bad email and a web address without its scheme, naming each field', () => {
    // The three faults of the validator's "Fail" mock feed (domain notes, information-and-advice 3.4).
    const { name: _name, ...nameless } = moorsideCafe
    const result = parseService({ ...nameless, email: 'not an email', url: 'example/counselling' })
    expect(messagesFor(result)).toEqual([
      'name: Name is required',
      'url: Web address must be a web address, for example https://www.example.gov.uk',
      'email: Email must be an email address, for example name@example.com',
    ])
  })

  it('refuses an unknown status, a non-uuid id and a blank description, saying what is allowed', () => {
    const result = parseService({ ...moorsideCafe, id: '42', status: 'open', description: '   ' })
    expect(messagesFor(result)).toEqual([
      'id: Identifier must be an identifier in UUID form, for example 123e4567-e89b-12d3-a456-426614174000',
      'description: Description must not be empty',
      'status: Status must be one of "active", "inactive", "defunct" or "temporarily closed"',
    ])
  })

  it('refuses a maximum age below the minimum age, at the maximum age', () => {
    const result = parseService({ ...moorsideCafe, minimum_age: 65, maximum_age: 18 })
    expect(messagesFor(result)).toEqual(['maximum_age: Maximum age must be the same as the minimum age or more'])
  })

  it('names the field deep inside a nested record', () => {
    const result = parseService({
      ...moorsideCafe,
      schedules: [{ ...moorsideCafe.schedules![0], opens_at: '2pm' }],
      cost_options: [{ id: moorsideCafe.cost_options![0]!.id, amount: -5 }],
    })
    expect(messagesFor(result)).toEqual([
      'schedules.0.opens_at: Opening time must be a time written as HH:MM, for example 09:30',
      'cost_options.0.amount: Amount must be 0 or more',
    ])
  })

  it('refuses an organisation without a description and a taxonomy term with a term_uri that is not a web address', () => {
    expect(
      messagesFor(parseOrganization({ id: moorsideCafe.organization_id, name: 'Moorside Community Trust' })),
    ).toEqual(['description: Description is required'])
    expect(
      messagesFor(
        parseTaxonomyTerm({
          id: moorsideCafe.id,
          name: 'Befriending',
          description: 'Company',
          term_uri: 'befriending',
        }),
      ),
    ).toEqual(['term_uri: Term URI must be a web address, for example https://www.example.gov.uk'])
  })

  it('does not throw on input that is not an object at all', () => {
    expect(messagesFor(parseService('a service'))).toEqual([
      ': The input must be a group of fields, not the text "a service"',
    ])
    expect(messagesFor(parseService(null))).toEqual([': The input is required'])
  })
})
