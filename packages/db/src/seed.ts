import type { DatabaseHandle } from './open-database.js'
import { seedDemoTeams } from './seed-teams.js'
import { seedDemoDirectory } from './seed-directory.js'
import type { Result } from '@open-sds/kernel'
import type { PersonReturnDetails } from './records.js'
import type { Relationship, Role } from './vocabulary.js'

const daysBefore = (now: Date, days: number): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10)
import { seedDemoSupportPlan } from './seed-support-plans.js'

/** A demo sign-in. The passwords are public: never seed a database that real people use. */
export type DemoAccount = {
  key: 'citizen' | 'representative' | 'practitioner' | 'finance' | 'council-admin' | 'ulo-admin'
  id: string
  email: string
  password: string
  role: Role
  displayName: string
  description: string
}

export const demoAccounts = [
  {
    key: 'citizen',
    id: '6f0c8a52-3d1e-4b7a-9c2f-0a1b2c3d4e01',
    email: 'citizen@example.org',
    password: 'demo-citizen-password',
    role: 'citizen',
    displayName: 'Alex Morgan',
    description: 'Alex Morgan, using the portal for themselves',
  },
  {
    key: 'representative',
    id: '6f0c8a52-3d1e-4b7a-9c2f-0a1b2c3d4e02',
    email: 'representative@example.org',
    password: 'demo-representative-password',
    role: 'citizen',
    displayName: 'Ravi Shah',
    description: 'Ravi Shah, acting for his mother Priya Shah',
  },
  {
    key: 'practitioner',
    id: '6f0c8a52-3d1e-4b7a-9c2f-0a1b2c3d4e03',
    email: 'practitioner@example.org',
    password: 'demo-practitioner-password',
    role: 'practitioner',
    displayName: 'Dana Ellis',
    description: 'Dana Ellis, a social worker with all three demo people on her caseload',
  },
  {
    key: 'finance',
    id: '6f0c8a52-3d1e-4b7a-9c2f-0a1b2c3d4e04',
    email: 'finance@example.org',
    password: 'demo-finance-password',
    role: 'finance-officer',
    displayName: 'Chris Okoye',
    description: 'Chris Okoye, a finance officer',
  },
  {
    key: 'council-admin',
    id: '6f0c8a52-3d1e-4b7a-9c2f-0a1b2c3d4e05',
    email: 'admin@example.org',
    password: 'demo-admin-password',
    role: 'council-admin',
    displayName: 'Sam Patel',
    description: 'Sam Patel, the council’s administrator',
  },
  {
    key: 'ulo-admin',
    id: '6f0c8a52-3d1e-4b7a-9c2f-0a1b2c3d4e06',
    email: 'ulo-admin@example.org',
    password: 'demo-ulo-admin-password',
    role: 'ulo-admin',
    displayName: 'Morgan Lee',
    description: 'Morgan Lee, administrator for a user-led organisation',
  },
] as const satisfies readonly DemoAccount[]

/** Fictional people. Any likeness to a real person is chance. */
export const demoPeople = [
  { key: 'alex', id: '0b7e4f7c-1a2b-4c3d-8e4f-5a6b7c8d9e01', displayName: 'Alex Morgan', dateOfBirth: '1961-04-12' },
  { key: 'priya', id: '0b7e4f7c-1a2b-4c3d-8e4f-5a6b7c8d9e02', displayName: 'Priya Shah', dateOfBirth: '1938-09-03' },
  { key: 'joe', id: '0b7e4f7c-1a2b-4c3d-8e4f-5a6b7c8d9e03', displayName: 'Joe Whitfield', dateOfBirth: '1994-01-20' },
] as const

/**
 * What the national returns need about the demo people (neutral ids of @open-sds/statutory-returns). The NHS numbers
 * are 999 numbers, set aside for testing and never issued; NM is not a UK postcode area.
 */
const demoReturnDetails: Record<(typeof demoPeople)[number]['key'], PersonReturnDetails> = {
  alex: {
    nhsNumber: '9990000018',
    gender: 'other',
    ethnicity: 'white-british',
    postcode: 'NM1 2AB',
    primarySupportReason: 'physical-access-and-mobility',
    accommodationStatus: 'tenant-social',
    hasUnpaidCarer: false,
    clientFundingStatus: 'joint-client-and-social-care',
  },
  priya: {
    nhsNumber: '9990000026',
    gender: 'female',
    ethnicity: 'asian-indian',
    postcode: 'NM4 7QT',
    primarySupportReason: 'memory-and-cognition',
    accommodationStatus: 'with-family-or-friends',
    hasUnpaidCarer: true,
    clientFundingStatus: 'joint-client-and-social-care',
  },
  joe: {
    nhsNumber: '9990000034',
    gender: 'male',
    ethnicity: 'black-caribbean',
    postcode: 'NM2 9LX',
    primarySupportReason: 'learning-disability',
    accommodationStatus: 'supported-accommodation',
    employmentStatus: 'paid-under-16-hours',
    hasUnpaidCarer: true,
    clientFundingStatus: 'fully-social-care-funded',
  },
}

type DemoAccountKey = (typeof demoAccounts)[number]['key']
type DemoPersonKey = (typeof demoPeople)[number]['key']

const demoAccess: ReadonlyArray<[DemoAccountKey, DemoPersonKey, Relationship]> = [
  ['citizen', 'alex', 'self'],
  ['representative', 'priya', 'representative'],
  ['practitioner', 'alex', 'practitioner'],
  ['practitioner', 'priya', 'practitioner'],
  ['practitioner', 'joe', 'practitioner'],
]

export type SeedOptions = {
  /** The portal's password hashing; the database never chooses how passwords are hashed. */
  hashPassword: (plain: string) => Promise<string> | string
  now: Date
  /**
   * Whether to add the fictional county's directory of local support (default yes). An instance whose plugin brings
   * its own directory (a user-led organisation's) leaves it out, so its directory is its own.
   */
  demoDirectory?: boolean
}

export type SeedSummary = { usersCreated: number; peopleCreated: number; accessGranted: number }

function valueOrThrow<T>(result: Result<T>, what: string): T {
  if (result.ok) return result.value
  throw new Error(`Could not seed ${what}: ${result.errors.map((issue) => issue.message).join('; ')}`)
}

/**
 * Adds the demo accounts, people and access. Safe to run again: what already exists is left alone (and no password is
 * hashed for an account that exists), so a second run adds nothing.
 */
export async function seedDemoData(
  handle: Pick<DatabaseHandle, 'repos'>,
  { hashPassword, now, demoDirectory = true }: SeedOptions,
): Promise<SeedSummary> {
  const { users, people } = handle.repos
  const summary: SeedSummary = { usersCreated: 0, peopleCreated: 0, accessGranted: 0 }
  const userIds = new Map<DemoAccountKey, string>()
  for (const account of demoAccounts) {
    const existing = await users.findByEmail(account.email)
    if (existing) {
      userIds.set(account.key, existing.id)
      continue
    }
    const { id, email, role, displayName } = account
    const passwordHash = await hashPassword(account.password)
    const created = await users.create({ id, email, role, displayName, passwordHash }, now)
    userIds.set(account.key, valueOrThrow(created, account.email).id)
    summary.usersCreated += 1
  }
  for (const { key, id, displayName, dateOfBirth } of demoPeople) {
    if (await people.findById(id)) continue
    valueOrThrow(await people.create({ id, displayName, dateOfBirth }, now), displayName)
    valueOrThrow(
      await people.updateReturnDetails(id, demoReturnDetails[key], {
        actorUserId: userIds.get('practitioner') ?? '',
        now,
      }),
      `${displayName}’s details for the national returns`,
    )
    summary.peopleCreated += 1
  }
  const personIds = new Map<DemoPersonKey, string>(demoPeople.map((person) => [person.key, person.id]))
  for (const [accountKey, personKey, relationship] of demoAccess) {
    const userId = userIds.get(accountKey) ?? ''
    const personId = personIds.get(personKey) ?? ''
    if (await people.relationshipOf(userId, personId)) continue
    valueOrThrow(
      await people.grantAccess(userId, personId, relationship, now),
      `${accountKey}’s access to ${personKey}`,
    )
    summary.accessGranted += 1
  }
  // The demo practitioner is safeguarding-authorised, so the safeguarding pages can be tried; granting it again is a no-op.
  valueOrThrow(
    await handle.repos.safeguarding.authorise(userIds.get('practitioner') ?? '', null, now),
    'the practitioner’s safeguarding authorisation',
  )
  // The council's teams, so that everything that arrives enters a queue someone works (issue 18).
  await seedDemoTeams(handle, userIds, userIds.get('council-admin') ?? '', now)
  // A directory of local support for the fictional county, for the ORUK feed and the public pages (issue 17).
  if (demoDirectory) await seedDemoDirectory(handle, now)
  // An active support plan for Joe, so the plan pages and the progress figures have something in force to show.
  await seedDemoSupportPlan(handle, {
    now,
    personId: personIds.get('joe') ?? '',
    practitionerId: userIds.get('practitioner') ?? '',
  })
  // Six weeks of reablement for Priya that ended a month ago: short-term support for the progress figures and the return.
  await handle.repos.shortTermSupport.recordOnce(
    {
      id: 'demo-priya-reablement',
      personId: personIds.get('priya') ?? '',
      serviceType: 'st-max',
      component: 'reablement',
      startedOn: daysBefore(now, 72),
      endedOn: daysBefore(now, 30),
      outcome: 'support-ended-as-planned',
    },
    { actorUserId: userIds.get('practitioner') ?? '', now },
  )
  return summary
}
