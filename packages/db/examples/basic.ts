import { pathToFileURL } from 'node:url'
import { openDatabase } from '@open-sds/db'

/** Opens a private in-memory database, adds an account and a person, records that the person's record was read. */
export async function main() {
  const { repos, close } = openDatabase({ path: ':memory:' })
  try {
    const now = new Date('2025-04-01T09:00:00Z')
    const created = await repos.users.create(
      {
        email: ' Dana.Ellis@Example.org ',
        displayName: 'Dana Ellis',
        passwordHash: 'from-the-portal',
        role: 'practitioner',
      },
      now,
    )
    if (!created.ok) throw new Error(created.errors.map((issue) => issue.message).join('; '))
    const dana = created.value

    const person = await repos.people.create({ displayName: 'Priya Shah', dateOfBirth: '1938-09-03' }, now)
    if (!person.ok) throw new Error(person.errors.map((issue) => issue.message).join('; '))
    await repos.people.grantAccess(dana.id, person.value.id, 'practitioner', now)

    await repos.audit.append({
      at: now,
      actorUserId: dana.id,
      action: 'person.read',
      personId: person.value.id,
      resource: `person/${person.value.id}`,
    })

    const duplicate = await repos.users.create(
      { email: 'dana.ellis@example.org', displayName: 'Someone else', passwordHash: 'x', role: 'citizen' },
      now,
    )
    return {
      email: dana.email,
      caseload: (await repos.people.listForUser(dana.id)).map((p) => `${p.displayName} (${p.relationship})`),
      auditTrail: (await repos.audit.listForPerson(person.value.id)).map(
        (entry) =>
          `${entry.at.toISOString()} ${entry.action} by ${entry.actorUserId === dana.id ? dana.displayName : '?'}`,
      ),
      duplicateEmail: duplicate.ok ? 'accepted' : duplicate.errors,
    }
  } finally {
    close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await main(), null, 2))
}
