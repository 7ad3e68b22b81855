import { describe, expect, it } from 'vitest'
import type { AnyDatabaseHandle } from '../src/index.js'
import { countRows, testEngines } from './engines.js'
import { at, createUser } from './helpers.js'

const now = at('2026-03-01T09:00:00Z')
const today = '2026-03-01'

async function person(
  handle: AnyDatabaseHandle,
  displayName: string,
  details: { dateOfBirth?: string; nhsNumber?: string; postcode?: string } = {},
): Promise<string> {
  const { dateOfBirth, ...returnDetails } = details
  const created = await handle.repos.people.create({ displayName, dateOfBirth }, now)
  if (!created.ok) throw new Error('setup')
  if (Object.keys(returnDetails).length > 0) {
    const staff = await createUser(handle, `staff-${created.value.id}@example.org`)
    const updated = await handle.repos.people.updateReturnDetails(created.value.id, returnDetails, {
      actorUserId: staff.id,
      now,
    })
    if (!updated.ok) throw new Error('setup')
  }
  return created.value.id
}

const names = async (
  handle: AnyDatabaseHandle,
  input: Parameters<AnyDatabaseHandle['repos']['people']['search']>[0],
) => {
  const result = await handle.repos.people.search(input, today)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value.people.map((found) => found.displayName)
}

describe.each(testEngines())('finding a person on $name (issue 18)', (engine) => {
  it('finds a name typed without its accents, by its beginning, or with a one-letter slip', async () => {
    const handle = await engine.fresh()
    await person(handle, 'Zoë Whitfield')
    await person(handle, 'Siobhán O’Neill')
    await person(handle, 'Mary Smith')
    expect(await names(handle, { name: 'zoe' })).toEqual(['Zoë Whitfield'])
    expect(await names(handle, { name: 'Siobhan' })).toEqual(['Siobhán O’Neill'])
    expect(await names(handle, { name: 'sio oneill' })).toEqual(['Siobhán O’Neill'])
    expect(await names(handle, { name: 'Whitfeld' })).toEqual(['Zoë Whitfield'])
    expect(await names(handle, { name: 'Mary Smtih' })).toEqual(['Mary Smith'])
    expect(await names(handle, { name: 'Mary Jones' })).toEqual([])
  })

  it('puts the nearest name first', async () => {
    const handle = await engine.fresh()
    await person(handle, 'Mary Smyth')
    await person(handle, 'Mary Smith')
    expect(await names(handle, { name: 'Mary Smith' })).toEqual(['Mary Smith', 'Mary Smyth'])
  })

  it('keeps the keys up to date when the name, NHS number or postcode changes', async () => {
    const handle = await engine.fresh()
    const id = await person(handle, 'Joe Whitfield', { nhsNumber: '9990000034', postcode: 'NM2 9LX' })
    expect(await names(handle, { nhsNumber: '999 000 0034' })).toEqual(['Joe Whitfield'])
    const renamed = await handle.repos.people.update(id, { displayName: 'Joseph Bright' }, now)
    expect(renamed.ok).toBe(true)
    expect(await names(handle, { name: 'Whitfield' })).toEqual([])
    expect(await names(handle, { name: 'Bright' })).toEqual(['Joseph Bright'])
    const staff = await createUser(handle, 'staff@example.org')
    await handle.repos.people.updateReturnDetails(id, { postcode: 'NM7 1AA' }, { actorUserId: staff.id, now })
    expect(await names(handle, { postcode: 'NM2' })).toEqual([])
    expect(await names(handle, { postcode: 'nm7' })).toEqual(['Joseph Bright'])
  })

  it('finds by date of birth, part of a postcode, NHS number or reference, and all of those given at once', async () => {
    const handle = await engine.fresh()
    const alex = await person(handle, 'Alex Morgan', {
      dateOfBirth: '1961-04-12',
      nhsNumber: '9990000018',
      postcode: 'NM1 2AB',
    })
    await person(handle, 'Alex Morgan', { dateOfBirth: '1970-01-01', postcode: 'NM14 2AB' })
    await person(handle, 'Priya Shah', { dateOfBirth: '1938-09-03', postcode: 'NM1 5QT' })
    expect(await names(handle, { dateOfBirth: '1938-09-03' })).toEqual(['Priya Shah'])
    // NM1 is not the beginning of NM14: the first part of a postcode is matched whole.
    expect(await names(handle, { postcode: 'NM1' })).toEqual(['Alex Morgan', 'Priya Shah'])
    expect(await names(handle, { postcode: 'nm1 2' })).toEqual(['Alex Morgan'])
    expect(await names(handle, { postcode: 'NM12AB' })).toEqual(['Alex Morgan'])
    expect(await names(handle, { nhsNumber: '9990000018' })).toEqual(['Alex Morgan'])
    expect(await names(handle, { reference: alex.slice(0, 8).toUpperCase() })).toEqual(['Alex Morgan'])
    expect(await names(handle, { reference: alex })).toEqual(['Alex Morgan'])
    const both = await handle.repos.people.search({ name: 'alex morgan', dateOfBirth: '1961-04-12' }, today)
    expect(both).toMatchObject({
      ok: true,
      value: { people: [{ id: alex, dateOfBirth: '1961-04-12', postcodeArea: 'NM1' }], more: false },
    })
  })

  it('shows at most twenty and says there are more, so the search can be refined', async () => {
    const handle = await engine.fresh()
    for (let n = 0; n < 22; n += 1) await person(handle, `Sam Patel ${String.fromCharCode(97 + n)}`)
    const result = await handle.repos.people.search({ name: 'Sam Patel' }, today)
    expect(result).toMatchObject({ ok: true, value: { more: true } })
    expect(result.ok && result.value.people).toHaveLength(20)
  })

  it('refuses, naming the field, a search with too little to go on or that cannot be right', async () => {
    const handle = await engine.fresh()
    const refused = async (input: Parameters<AnyDatabaseHandle['repos']['people']['search']>[0]) => {
      const result = await handle.repos.people.search(input, today)
      return result.ok ? 'found' : result.errors
    }
    expect(await refused({ name: ' z ' })).toEqual([{ path: 'name', message: 'Enter at least 2 letters of the name' }])
    expect(await refused({})).toEqual([
      { path: 'name', message: 'Enter a name, date of birth, postcode, NHS number or reference' },
    ])
    expect(await refused({ nhsNumber: '9990000019' })).toEqual([
      { path: 'nhsNumber', message: 'This is not a real NHS number: check each digit' },
    ])
    expect(await refused({ nhsNumber: '12345' })).toEqual([
      { path: 'nhsNumber', message: 'NHS number must be 10 digits' },
    ])
    expect(await refused({ postcode: 'N' })).toEqual([
      { path: 'postcode', message: 'Enter a postcode or its first part, like NM1 2AB or NM1' },
    ])
    expect(await refused({ reference: '0b7e' })).toEqual([
      { path: 'reference', message: 'Enter at least the first 8 characters of the reference, like 0b7e4f7c' },
    ])
    expect(await refused({ dateOfBirth: '2026-03-02' })).toEqual([
      { path: 'dateOfBirth', message: 'Date of birth must be today or in the past' },
    ])
  })

  it('gives keys at start-up to people written straight into the tables, and only to them', async () => {
    const handle = await engine.fresh()
    await person(handle, 'Alex Morgan')
    await engine.sql(handle, "insert into people (id, display_name, created_at) values ('old-1', 'Zoë Old', 0)")
    expect(await names(handle, { name: 'zoe' })).toEqual([])
    expect(await handle.repos.people.fillSearchKeys()).toBe(1)
    expect(await names(handle, { name: 'zoe' })).toEqual(['Zoë Old'])
    expect(await handle.repos.people.fillSearchKeys()).toBe(0)
    // ref, two words, two sounds for each person.
    expect(await countRows(engine, handle, 'person_search_keys')).toBe(10)
  })

  it('gives keys to every one of more people than fit in one batch, among people who have theirs', async () => {
    const handle = await engine.fresh()
    // Ids written so that people with keys sit between those without, and more of them than one batch of 500.
    await person(handle, 'Alex Morgan', { postcode: 'NM1 2AB' })
    const values = Array.from(
      { length: 1_201 },
      (_, n) => `('old-${String(n).padStart(4, '0')}', '${n === 1_200 ? 'Quentin Last' : 'Old Person'}', 0)`,
    ).join(', ')
    await engine.sql(handle, `insert into people (id, display_name, created_at) values ${values}`)
    expect(await handle.repos.people.fillSearchKeys()).toBe(1_201)
    expect(await handle.repos.people.fillSearchKeys()).toBe(0)
    expect(await names(handle, { name: 'quentin' })).toEqual(['Quentin Last'])
    expect(await names(handle, { name: 'alex', postcode: 'NM1' })).toEqual(['Alex Morgan'])
  })
})
