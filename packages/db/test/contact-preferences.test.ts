import { describe, expect, it } from 'vitest'
import { ukMobileNumber } from '../src/index.js'
import { refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

// Issue 15: "A person chooses email or text, and Easy Read wording"; a bad UK mobile number is refused, naming it.
const now = at('2026-12-03T09:00:00Z')

describe('reading a UK mobile number as people type it', () => {
  it('takes the usual ways of writing one to the 07 form Notify expects', () => {
    for (const typed of [
      '07700 900 982',
      '+44 7700 900982',
      '0044 7700-900-982',
      '+44 (0)7700 900982',
      '(07700) 900.982',
    ]) {
      expect(ukMobileNumber(typed), typed).toBe('07700900982')
    }
    expect(ukMobileNumber('07624 123456')).toBe('07624123456')
  })

  it('refuses landlines, pagers, short numbers and words', () => {
    for (const typed of [
      '01632 960 001',
      '07600 123456',
      '07700 90098',
      '077009009821',
      'call me',
      '+1 202 555 0100',
    ]) {
      expect(ukMobileNumber(typed), typed).toBeUndefined()
    }
  })
})

describe.each(testEngines())('contact preferences on $name', (engine) => {
  const choose = (handle: Awaited<ReturnType<typeof engine.fresh>>, userId: string, input: unknown) =>
    handle.withAudit(
      (repos) => repos.contactPreferences.set(userId, input, now),
      () => undefined,
    )

  it('is email in standard wording until the person chooses, then what they chose', async () => {
    const handle = await engine.fresh()
    const user = await createUser(handle, 'sam@example.org')
    expect(await handle.repos.contactPreferences.find(user.id)).toEqual({
      channel: 'email',
      mobile: null,
      wording: 'standard',
      chosen: false,
    })
    const set = await choose(handle, user.id, { channel: 'sms', mobile: '+44 7700 900982', wording: 'easy-read' })
    expect(set.ok).toBe(true)
    expect(await handle.repos.contactPreferences.find(user.id)).toEqual({
      channel: 'sms',
      mobile: '07700900982',
      wording: 'easy-read',
      chosen: true,
    })
    await choose(handle, user.id, { channel: 'email', mobile: '', wording: 'standard' })
    expect((await handle.repos.contactPreferences.find(user.id)).channel).toBe('email')
  })

  it('refuses text messages without a good number, naming the field, and stores nothing', async () => {
    const handle = await engine.fresh()
    const user = await createUser(handle, 'sam@example.org')
    const none = await choose(handle, user.id, { channel: 'sms', mobile: '', wording: 'standard' })
    expect(none.ok ? [] : none.errors.map(({ path }) => path)).toEqual(['mobile'])
    const landline = await choose(handle, user.id, { channel: 'sms', mobile: '01632 960001', wording: 'standard' })
    expect(landline.ok ? '' : landline.errors[0]?.message).toMatch(/UK mobile phone number/)
    expect((await handle.repos.contactPreferences.find(user.id)).chosen).toBe(false)
  })

  it('has the database refuse a text message choice without a number, or a number not in the 07 form', async () => {
    const handle = await engine.fresh()
    const user = await createUser(handle, 'sam@example.org')
    const insert = (channel: string, mobile: string | null) =>
      engine.sql(
        handle,
        'insert into contact_preferences (user_id, channel, mobile, wording, updated_at) values (?, ?, ?, ?, ?)',
        user.id,
        channel,
        mobile,
        'standard',
        now.getTime(),
      )
    expect(await refusal(insert('sms', null))).toMatch(/contact_preferences_sms_has_mobile/)
    expect(await refusal(insert('email', '+447700900982'))).toMatch(/contact_preferences_mobile_uk/)
  })

  it('tells a person’s news by the channel each of their accounts chose', async () => {
    const handle = await engine.fresh()
    const person = await createPerson(handle, 'Alex')
    const self = await createUser(handle, 'alex@example.org')
    const representative = await createUser(handle, 'rep@example.org')
    await handle.withAudit(
      async (repos) => {
        await repos.people.grantAccess(self.id, person.id, 'self', now)
        await repos.people.grantAccess(representative.id, person.id, 'representative', now)
      },
      () => undefined,
    )
    await choose(handle, representative.id, { channel: 'sms', mobile: '07700 900982', wording: 'easy-read' })
    const told = await handle.repos.people.accountsToTell(person.id)
    const byEmail = told
      .map(({ email, contact }) => ({ email, contact }))
      .sort((a, b) => a.email.localeCompare(b.email))
    expect(byEmail).toEqual([
      { email: 'alex@example.org', contact: { channel: 'email', mobile: null, wording: 'standard' } },
      { email: 'rep@example.org', contact: { channel: 'sms', mobile: '07700900982', wording: 'easy-read' } },
    ])
  })
})
