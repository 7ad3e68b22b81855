import { describe, expect, it } from 'vitest'
import { MAX_MESSAGE_LENGTH } from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

// Issue 15, "Secure messages": a thread between a person and the staff who work with them, kept as it was written.
const now = at('2026-12-03T10:00:00Z')
const later = at('2026-12-03T11:30:00Z')

describe.each(testEngines())('secure messages on $name', (engine) => {
  type Handle = Awaited<ReturnType<typeof engine.fresh>>
  const send = (
    handle: Handle,
    personId: string,
    side: 'person' | 'staff',
    authorUserId: string,
    body: unknown,
    when = now,
  ) =>
    handle.withAudit(
      (repos) => repos.secureMessages.send({ personId, side, authorUserId, body }, when),
      () => undefined,
    )

  async function setUp() {
    const handle = await engine.fresh()
    const person = await createPerson(handle, 'Alex Morgan')
    const alex = await createUser(handle, 'alex@example.org')
    const dana = await createUser(handle, 'dana@example.org')
    return { handle, person, alex, dana }
  }

  it('keeps a thread in the order it was written, numbered, with who wrote each and the words trimmed', async () => {
    const { handle, person, alex, dana } = await setUp()
    expect((await send(handle, person.id, 'person', alex.id, '  Can my PA start at 9?  ')).ok).toBe(true)
    expect((await send(handle, person.id, 'staff', dana.id, 'Yes, from Monday.', later)).ok).toBe(true)
    const thread = await handle.repos.secureMessages.thread(person.id)
    expect(thread.map(({ seq, side, authorName, body }) => ({ seq, side, authorName, body }))).toEqual([
      { seq: 1, side: 'person', authorName: 'alex', body: 'Can my PA start at 9?' },
      { seq: 2, side: 'staff', authorName: 'dana', body: 'Yes, from Monday.' },
    ])
    expect(thread[1]?.sentAt).toEqual(later)
    expect(await handle.repos.secureMessages.staffWriters(person.id)).toEqual([dana.id])
  })

  it('refuses an empty message and one too long, naming the field, and stores nothing', async () => {
    const { handle, person, alex } = await setUp()
    const empty = await send(handle, person.id, 'person', alex.id, '   ')
    expect(empty.ok ? [] : empty.errors).toEqual([{ path: 'body', message: 'Enter your message' }])
    const long = await send(handle, person.id, 'person', alex.id, 'a'.repeat(MAX_MESSAGE_LENGTH + 1))
    expect(long.ok ? '' : long.errors[0]?.message).toMatch(/5,000 characters or fewer/)
    expect((await send(handle, person.id, 'person', alex.id, 'a'.repeat(MAX_MESSAGE_LENGTH))).ok).toBe(true)
    expect(await countRows(engine, handle, 'secure_messages')).toBe(1)
  })

  it('never lets a message be changed or removed, even by hand', async () => {
    const { handle, person, alex } = await setUp()
    await send(handle, person.id, 'person', alex.id, 'Hello')
    expect(await refusal(engine.sql(handle, "update secure_messages set body = 'Changed'"))).toMatch(
      /secure message cannot be changed/,
    )
    expect(await refusal(engine.sql(handle, 'delete from secure_messages'))).toMatch(/cannot be removed/)
    expect(
      await refusal(
        engine.sql(
          handle,
          'insert into secure_messages (id, person_id, seq, side, author_user_id, body, sent_at) values (?, ?, ?, ?, ?, ?, ?)',
          'x',
          person.id,
          2,
          'person',
          alex.id,
          '  ',
          now.getTime(),
        ),
      ),
    ).toMatch(/secure_messages_body_length/)
  })

  it('shows a member of staff the threads with messages from the person they have not read, until they read them', async () => {
    const { handle, person, alex, dana } = await setUp()
    const other = await createPerson(handle, 'Priya Shah')
    await send(handle, person.id, 'person', alex.id, 'First')
    await send(handle, person.id, 'person', alex.id, 'Second', later)
    await send(handle, other.id, 'staff', dana.id, 'From the council')
    const unread = await handle.repos.secureMessages.unreadThreads(dana.id, 'person')
    expect(unread).toEqual([{ personId: person.id, personName: 'Alex Morgan', unread: 2, lastSentAt: later }])
    // The person's own messages are read by them; the council's one is not yet read by the person's account.
    expect(await handle.repos.secureMessages.unreadThreads(alex.id, 'person')).toEqual([])
    await handle.withAudit(
      (repos) => repos.secureMessages.markRead(dana.id, person.id, 2, later),
      () => undefined,
    )
    expect(await handle.repos.secureMessages.unreadThreads(dana.id, 'person')).toEqual([])
    // Reading never moves back: an older page marked read later leaves the mark where it was.
    await handle.withAudit(
      (repos) => repos.secureMessages.markRead(dana.id, person.id, 1, later),
      () => undefined,
    )
    expect(await handle.repos.secureMessages.readUpTo(dana.id, person.id)).toBe(2)
  })

  it('numbers two messages sent at once one after the other', async () => {
    const { handle, person, alex, dana } = await setUp()
    const sent = await Promise.all([
      send(handle, person.id, 'person', alex.id, 'One'),
      send(handle, person.id, 'staff', dana.id, 'Two'),
    ])
    expect(sent.every((result) => result.ok)).toBe(true)
    expect((await handle.repos.secureMessages.thread(person.id)).map(({ seq }) => seq)).toEqual([1, 2])
  })

  it('tells the practitioners with the person on their caseload and staff who wrote in the thread, not others', async () => {
    const { handle, person, alex, dana } = await setUp()
    const chris = await createUser(handle, 'chris@example.org')
    const sam = await createUser(handle, 'sam@example.org')
    await handle.withAudit(
      async (repos) => {
        await repos.people.grantAccess(alex.id, person.id, 'self', now)
        await repos.people.grantAccess(dana.id, person.id, 'practitioner', now)
      },
      () => undefined,
    )
    expect((await handle.repos.secureMessages.staffToTell(person.id)).map(({ email }) => email)).toEqual([
      'dana@example.org',
    ])
    await send(handle, person.id, 'staff', chris.id, 'About your charge')
    const told = await handle.repos.secureMessages.staffToTell(person.id)
    expect(told.map(({ email }) => email)).toEqual(['chris@example.org', 'dana@example.org'])
    expect(told[0]?.contact).toEqual({ channel: 'email', mobile: null, wording: 'standard' })
    expect(told.map(({ userId }) => userId)).not.toContain(sam.id)
  })
})
