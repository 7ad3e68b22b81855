import { describe, expect, it } from 'vitest'
import {
  demoAccounts,
  demoPeople,
  hashPasswordScrypt,
  roles,
  seedDemoData,
  verifyPasswordScrypt,
} from '../src/index.js'
import { at, testScryptCost, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()
const now = at('2025-04-01T09:00:00Z')
const hashPassword = (plain: string) => hashPasswordScrypt(plain, testScryptCost)
const count = (handle: ReturnType<typeof temp.fresh>, table: string) =>
  (handle.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n

describe('seedDemoData', () => {
  it('creates one demo account per role plus a representative, three people and their access', async () => {
    const handle = temp.fresh()
    expect(await seedDemoData(handle, { hashPassword, now })).toEqual({
      usersCreated: 6,
      peopleCreated: 3,
      accessGranted: 5,
    })
    const users = await handle.repos.users.list()
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(roles))
    expect(users.map((user) => user.email).sort()).toEqual(demoAccounts.map((account) => account.email).sort())
    expect(demoPeople).toHaveLength(3)
  })

  it('creates the council’s teams with the demo staff in them, once (issue 18)', async () => {
    const handle = temp.fresh()
    await seedDemoData(handle, { hashPassword, now })
    await seedDemoData(handle, { hashPassword, now })
    const teams = await handle.repos.work.listTeams()
    expect(
      teams.map((team) => [
        team.name,
        team.handles.sort(),
        team.members.map((member) => `${member.email}${member.manager ? ' (manager)' : ''}`),
      ]),
    ).toEqual([
      [
        'Adult social care front door',
        ['carer-assessment', 'plan-agreement', 'proxy-request', 'referral', 'self-assessment'],
        ['practitioner@example.org (manager)'],
      ],
      ['Finance', ['financial-assessment'], ['finance@example.org (manager)', 'practitioner@example.org']],
      ['Safeguarding', ['safeguarding-concern'], ['practitioner@example.org (manager)']],
    ])
  })

  it('lets every demo account sign in with its documented password', async () => {
    const handle = temp.fresh()
    await seedDemoData(handle, { hashPassword, now })
    for (const account of demoAccounts) {
      const found = await handle.repos.users.findForSignIn(account.email)
      expect(found?.user.role).toBe(account.role)
      expect(await verifyPasswordScrypt(account.password, found?.passwordHash ?? '')).toBe(true)
      expect(found?.passwordHash).not.toContain(account.password)
    }
  })

  it('gives the citizen their own record, the representative one person, the practitioner a caseload of three', async () => {
    const handle = temp.fresh()
    await seedDemoData(handle, { hashPassword, now })
    const idOf = async (email: string) => (await handle.repos.users.findByEmail(email))?.id ?? ''
    const seen = async (email: string) =>
      (await handle.repos.people.listForUser(await idOf(email))).map(
        (person) => `${person.displayName} (${person.relationship})`,
      )
    expect(await seen('citizen@example.org')).toEqual(['Alex Morgan (self)'])
    expect(await seen('representative@example.org')).toEqual(['Priya Shah (representative)'])
    expect(await seen('practitioner@example.org')).toEqual([
      'Alex Morgan (practitioner)',
      'Joe Whitfield (practitioner)',
      'Priya Shah (practitioner)',
    ])
    expect(await seen('finance@example.org')).toEqual([])
  })

  it('is idempotent: a second run adds nothing, hashes nothing and does not fail', async () => {
    const handle = temp.fresh()
    await seedDemoData(handle, { hashPassword, now })
    const before = ['users', 'people', 'person_access'].map((table) => count(handle, table))
    let hashed = 0
    const countingHash = (plain: string) => {
      hashed += 1
      return hashPassword(plain)
    }
    const summary = await seedDemoData(handle, { hashPassword: countingHash, now: at('2025-05-01T00:00:00Z') })
    expect(summary).toEqual({ usersCreated: 0, peopleCreated: 0, accessGranted: 0 })
    expect(hashed).toBe(0)
    expect(['users', 'people', 'person_access'].map((table) => count(handle, table))).toEqual(before)
  })

  it('fills in what is missing, leaving an existing demo account as it is', async () => {
    const handle = temp.fresh()
    await handle.repos.users.create(
      { email: 'citizen@example.org', displayName: 'Someone else', passwordHash: 'kept', role: 'citizen' },
      now,
    )
    expect(await seedDemoData(handle, { hashPassword, now })).toEqual({
      usersCreated: 5,
      peopleCreated: 3,
      accessGranted: 5,
    })
    expect((await handle.repos.users.findForSignIn('citizen@example.org'))?.passwordHash).toBe('kept')
  })
})
