import { describe, expect, it } from 'vitest'
import {
  alreadyLinkedMessage,
  enquiryClosedMessage,
  staleEnquiryMessage,
  type ChangeEnquiry,
  type AnyDatabaseHandle,
  type NewConcernRecord,
  openPostgresDatabase,
} from '../src/index.js'
import { countRows, postgresServer, refusal, testEngines } from './engines.js'
import { at, createPerson } from './helpers.js'

const received = at('2025-05-12T10:00:00Z')

async function staff(
  handle: AnyDatabaseHandle,
  email: string,
  role: 'practitioner' | 'citizen' | 'council-admin' = 'practitioner',
) {
  const created = await handle.repos.users.create(
    { email, displayName: email, passwordHash: 'not-a-real-hash', role },
    received,
  )
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  return created.value
}

const concernInput = (overrides: Partial<NewConcernRecord> = {}): NewConcernRecord => ({
  reference: 'SG-2025-000001',
  receivedAt: received,
  receivedOn: '2025-05-12',
  personId: null,
  ageBand: 'unknown',
  typesOfAbuse: ['self-neglect'],
  needsFollowUp: true,
  concern: { whatHappened: 'Post piling up; not seen for a week.' },
  ...overrides,
})

async function recorded(handle: AnyDatabaseHandle, overrides: Partial<NewConcernRecord> = {}) {
  const result = await handle.repos.safeguarding.recordConcern(concernInput(overrides))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

/** A concern with a section 42 decision calling for an enquiry, and that enquiry opened. */
async function openedEnquiry(
  handle: AnyDatabaseHandle,
  practitionerId: string,
  options: { personId?: string; reference?: string; openedOn?: string; ageBand?: string } = {},
) {
  const concern = await recorded(handle, {
    reference: options.reference ?? 'SG-2025-000001',
    personId: options.personId ?? null,
    needsFollowUp: options.personId === undefined,
  })
  const { safeguarding } = handle.repos
  await safeguarding.recordSection42Decision(
    {
      concernId: concern.id,
      decidedByUserId: practitionerId,
      outcome: 'section-42-enquiry',
      decision: { explanation: ['All three met'] },
    },
    received,
  )
  const opened = await safeguarding.openEnquiry(
    {
      id: crypto.randomUUID(),
      concernId: concern.id,
      kind: 'section-42',
      personId: options.personId ?? null,
      ageBand: options.ageBand ?? '75-84',
      openedOn: options.openedOn ?? '2025-05-13',
      openedByUserId: practitionerId,
      typesOfAbuse: ['self-neglect'],
      enquiry: { status: 'open' },
    },
    received,
  )
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors))
  return { concern, enquiry: opened.value }
}

const closing = (enquiryId: string, actorUserId: string, overrides: Partial<ChangeEnquiry> = {}): ChangeEnquiry => ({
  enquiryId,
  expectedVersion: 1,
  actorUserId,
  event: 'close',
  detail: {},
  status: 'closed',
  typesOfAbuse: ['self-neglect'],
  locationOfRisk: 'own-home',
  sourceOfRisk: 'other-known-to-individual',
  closedOn: '2025-06-01',
  riskOutcomeRow: 'risk-identified-action-taken',
  riskResultRow: 'reduced',
  mspRow: 'expressed-fully-achieved',
  enquiry: { status: 'closed' },
  ...overrides,
})

describe.each(testEngines())('safeguarding repository on $name', (engine) => {
  describe('who is safeguarding-authorised', () => {
    it('only practitioners on the list, and never a citizen or an administrator', async () => {
      const handle = await engine.fresh()
      const lead = await staff(handle, 'lead@example.org')
      const other = await staff(handle, 'other@example.org')
      const admin = await staff(handle, 'admin@example.org', 'council-admin')
      const { safeguarding } = handle.repos
      expect((await safeguarding.authorise(lead.id, null, received)).ok).toBe(true)
      expect(await safeguarding.isAuthorised(lead.id)).toBe(true)
      expect(await safeguarding.isAuthorised(other.id)).toBe(false)
      const refused = await safeguarding.authorise(admin.id, lead.id, received)
      expect(refused).toEqual({
        ok: false,
        errors: [{ path: 'userId', message: 'Only a practitioner can be safeguarding-authorised' }],
      })
      expect(await safeguarding.isAuthorised(admin.id)).toBe(false)
    })

    it('ends an authorisation when it is withdrawn, and lists who holds one', async () => {
      const handle = await engine.fresh()
      const lead = await staff(handle, 'lead@example.org')
      const other = await staff(handle, 'other@example.org')
      const { safeguarding } = handle.repos
      await safeguarding.authorise(lead.id, null, received)
      await safeguarding.authorise(other.id, lead.id, received)
      expect((await safeguarding.listAuthorised()).sort()).toEqual([lead.id, other.id].sort())
      await safeguarding.withdraw(other.id)
      expect(await safeguarding.isAuthorised(other.id)).toBe(false)
      expect(await safeguarding.listAuthorised()).toEqual([lead.id])
      // Withdrawing again, or for someone never authorised, is not an error.
      await safeguarding.withdraw(other.id)
      expect(await safeguarding.isAuthorised(lead.id)).toBe(true)
    })

    it('stops counting an account once it is disabled', async () => {
      const handle = await engine.fresh()
      const lead = await staff(handle, 'lead@example.org')
      await handle.repos.safeguarding.authorise(lead.id, null, received)
      await handle.repos.users.disable(lead.id, received)
      expect(await handle.repos.safeguarding.isAuthorised(lead.id)).toBe(false)
    })
  })

  describe('safeguarding concerns', () => {
    it('gives out each reference number once, counting afresh each year', async () => {
      const { safeguarding } = (await engine.fresh()).repos
      expect([
        await safeguarding.nextReferenceSequence(2025),
        await safeguarding.nextReferenceSequence(2025),
        await safeguarding.nextReferenceSequence(2026),
      ]).toEqual([1, 2, 1])
    })

    it('accepts a concern that cannot identify the person, flagged for follow-up', async () => {
      const handle = await engine.fresh()
      const concern = await recorded(handle)
      expect(concern).toMatchObject({
        reference: 'SG-2025-000001',
        personId: null,
        needsFollowUp: true,
        typesOfAbuse: ['self-neglect'],
      })
      expect(await handle.repos.safeguarding.findConcernByReference('SG-2025-000001')).toEqual(concern)
    })

    it('refuses to file a concern about no one on record without the follow-up flag, and so does the database', async () => {
      const handle = await engine.fresh()
      const refused = await handle.repos.safeguarding.recordConcern(concernInput({ needsFollowUp: false }))
      expect(refused.ok ? [] : refused.errors.map((error) => error.path)).toEqual(['needsFollowUp'])
      expect(
        await refusal(
          engine.sql(
            handle,
            `insert into safeguarding_concerns (id, reference, received_at, received_on, age_band, needs_follow_up, concern) values ('x', 'SG-X', 0, '2025-05-12', 'unknown', ?, '{}')`,
            engine.name === 'SQLite' ? 0 : false,
          ),
        ),
      ).toMatch(
        /CHECK constraint failed: safeguarding_concerns_unidentified_followed_up|violates check constraint "safeguarding_concerns_unidentified_followed_up"/,
      )
    })

    it('never changes or removes a concern once received', async () => {
      const handle = await engine.fresh()
      const concern = await recorded(handle)
      const before = await engine.sql(handle, 'select * from safeguarding_concerns')
      expect(
        await refusal(
          engine.sql(handle, 'update safeguarding_concerns set age_band = ? where id = ?', '18-64', concern.id),
        ),
      ).toMatch('a safeguarding concern cannot be changed: record a new one')
      expect(await refusal(engine.sql(handle, 'delete from safeguarding_concerns where id = ?', concern.id))).toMatch(
        'a safeguarding concern cannot be removed',
      )
      expect(
        await refusal(engine.sql(handle, "update safeguarding_concern_types set type_of_abuse = 'physical'")),
      ).toMatch('the category of a concern cannot be changed: record a new one')
      expect(
        await refusal(engine.sql(handle, 'delete from safeguarding_concern_types where concern_id = ?', concern.id)),
      ).toMatch('the category of a concern cannot be removed')
      expect(await engine.sql(handle, 'select * from safeguarding_concerns')).toEqual(before)
      expect(await countRows(engine, handle, 'safeguarding_concern_types')).toBe(1)
    })

    it('lists newest first for triage, with where each concern stands', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const person = await createPerson(handle, 'Ada Example')
      await recorded(handle, {
        reference: 'SG-2025-000009',
        receivedAt: at('2025-05-01T09:00:00Z'),
        concern: { whatHappened: 'Shouting next door', immediateSafety: { inImmediateDanger: 'yes' } },
      })
      await openedEnquiry(handle, practitioner.id, { personId: person.id })
      const list = await handle.repos.safeguarding.listConcerns()
      // With what each recorded about immediate danger, for the due list's urgency order (issue 18).
      expect(
        list.map((item) => [item.reference, item.section42Outcome, item.enquiryStatus, item.inImmediateDanger]),
      ).toEqual([
        ['SG-2025-000001', 'section-42-enquiry', 'open', null],
        ['SG-2025-000009', null, null, 'yes'],
      ])
      // Both are still to act on (an enquiry open; no decision yet), so the due list's count says two; a concern
      // decided with no enquiry to follow is done, and not counted.
      expect(await handle.repos.safeguarding.countConcernsToActOn()).toBe(2)
      const decided = await recorded(handle, { reference: 'SG-2025-000010' })
      expect(await handle.repos.safeguarding.countConcernsToActOn()).toBe(3)
      await handle.repos.safeguarding.recordSection42Decision(
        { concernId: decided.id, decidedByUserId: practitioner.id, outcome: 'closed', decision: {} },
        received,
      )
      expect(await handle.repos.safeguarding.countConcernsToActOn()).toBe(2)
    })
  })

  describe('a person sees a concern about them only when shared, or when they raised it', () => {
    it('keeps a concern raised by someone else from the person until a practitioner decides to share it', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const personsAccount = await staff(handle, 'ada@example.org', 'citizen')
      const person = await createPerson(handle, 'Ada Example')
      const concern = await recorded(handle, { personId: person.id, needsFollowUp: false })
      const { safeguarding } = handle.repos
      expect(await safeguarding.listVisibleToPerson(person.id, personsAccount.id)).toEqual([])
      const shared = await safeguarding.shareConcern(
        { concernId: concern.id, sharedByUserId: practitioner.id, reason: 'Ada asked what was happening' },
        received,
      )
      expect(shared.ok && shared.value.reason).toBe('Ada asked what was happening')
      expect(
        (await safeguarding.listVisibleToPerson(person.id, personsAccount.id)).map((item) => item.reference),
      ).toEqual(['SG-2025-000001'])
    })

    it('shows the person a concern they raised themselves, and needs a reason to share', async () => {
      const handle = await engine.fresh()
      const personsAccount = await staff(handle, 'ada@example.org', 'citizen')
      const person = await createPerson(handle, 'Ada Example')
      const concern = await recorded(handle, {
        personId: person.id,
        needsFollowUp: false,
        raisedByUserId: personsAccount.id,
      })
      expect(
        (await handle.repos.safeguarding.listVisibleToPerson(person.id, personsAccount.id)).map((item) => item.id),
      ).toEqual([concern.id])
      const noReason = await handle.repos.safeguarding.shareConcern(
        { concernId: concern.id, sharedByUserId: personsAccount.id, reason: ' ' },
        received,
      )
      expect(noReason.ok ? '' : noReason.errors[0]?.message).toBe(
        'Give the reason for sharing this concern with the person',
      )
    })
  })

  describe("linking a concern to a person's record once (issue 18)", () => {
    it('links a concern about someone not on record, so it names them from then on, and refuses a second link', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const personsAccount = await staff(handle, 'ada@example.org', 'citizen')
      const ada = await createPerson(handle, 'Ada Example')
      const other = await createPerson(handle, 'Bea Other')
      const concern = await recorded(handle, { raisedByUserId: personsAccount.id })
      const { safeguarding } = handle.repos
      expect(await safeguarding.listVisibleToPerson(ada.id, personsAccount.id)).toEqual([])
      const linked = await safeguarding.linkConcern(
        { concernId: concern.id, personId: ada.id, linkedByUserId: practitioner.id, how: 'found' },
        received,
      )
      expect(linked.ok && [linked.value.personId, linked.value.how]).toEqual([ada.id, 'found'])
      expect((await safeguarding.findConcernByReference('SG-2025-000001'))?.personId).toBe(ada.id)
      expect((await safeguarding.findLink(concern.id))?.linkedByUserId).toBe(practitioner.id)
      expect((await safeguarding.listConcernsAbout(ada.id)).map((item) => item.reference)).toEqual(['SG-2025-000001'])
      // Now on Ada's record: the account that raised it sees it there.
      expect((await safeguarding.listVisibleToPerson(ada.id, personsAccount.id)).map((item) => item.reference)).toEqual(
        ['SG-2025-000001'],
      )
      const again = await safeguarding.linkConcern(
        { concernId: concern.id, personId: other.id, linkedByUserId: practitioner.id, how: 'found' },
        received,
      )
      expect(again.ok ? '' : again.errors[0]?.message).toBe(alreadyLinkedMessage)
      expect((await safeguarding.findConcernByReference('SG-2025-000001'))?.personId).toBe(ada.id)
      expect(await countRows(engine, handle, 'safeguarding_concern_links')).toBe(1)
    })

    it('refuses to link a concern that named a person when it came in, or to a record that does not exist', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const ada = await createPerson(handle, 'Ada Example')
      const named = await recorded(handle, { personId: ada.id, needsFollowUp: false })
      const unnamed = await recorded(handle, { reference: 'SG-2025-000002' })
      const { safeguarding } = handle.repos
      const link = (concernId: string, personId: string) =>
        safeguarding.linkConcern({ concernId, personId, linkedByUserId: practitioner.id, how: 'found' }, received)
      const onNamed = await link(named.id, ada.id)
      expect(onNamed.ok ? '' : onNamed.errors[0]?.message).toBe(alreadyLinkedMessage)
      const noRecord = await link(unnamed.id, 'no-such-person')
      expect(noRecord.ok ? '' : noRecord.errors[0]).toEqual({
        path: 'personId',
        message: 'There is no record with this id: search again',
      })
      expect(await countRows(engine, handle, 'safeguarding_concern_links')).toBe(0)
    })

    it('lets the database change a concern only to name the person its link names, and never a link', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const ada = await createPerson(handle, 'Ada Example')
      const bea = await createPerson(handle, 'Bea Other')
      const concern = await recorded(handle)
      const refusedUpdate = 'a safeguarding concern cannot be changed: record a new one'
      // No link: setting the person straight in the table is refused.
      expect(
        await refusal(
          engine.sql(handle, 'update safeguarding_concerns set person_id = ? where id = ?', ada.id, concern.id),
        ),
      ).toMatch(refusedUpdate)
      await handle.repos.safeguarding.linkConcern(
        { concernId: concern.id, personId: ada.id, linkedByUserId: practitioner.id, how: 'created' },
        received,
      )
      // Linked: moving it to someone else, or back to no one, or changing anything else, is refused.
      for (const [statement, ...values] of [
        ['update safeguarding_concerns set person_id = ? where id = ?', bea.id, concern.id],
        ['update safeguarding_concerns set person_id = null where id = ?', concern.id],
        ["update safeguarding_concerns set age_band = '18-64' where id = ?", concern.id],
      ] as const)
        expect(await refusal(engine.sql(handle, statement, ...values))).toMatch(refusedUpdate)
      expect(await refusal(engine.sql(handle, 'update safeguarding_concern_links set person_id = ?', bea.id))).toMatch(
        'the link of a concern to a person cannot be changed',
      )
      expect(await refusal(engine.sql(handle, 'delete from safeguarding_concern_links'))).toMatch(
        'the link of a concern to a person cannot be removed',
      )
      expect((await handle.repos.safeguarding.findConcernByReference('SG-2025-000001'))?.personId).toBe(ada.id)
    })
  })

  describe('what was done to keep the person safe now (issue 19)', () => {
    it('records each immediate action with who recorded it and when, in order, and never changes one', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const concern = await recorded(handle)
      const { safeguarding } = handle.repos
      const action = {
        concernId: concern.id,
        recordedByUserId: practitioner.id,
        whatWasDone: 'Asked the police for a welfare check; he was found safe at home',
        doneOn: '2025-05-01',
        takenBy: 'Northmoor Police, asked by the duty worker',
      }
      const first = await safeguarding.recordImmediateAction(action, received)
      const second = await safeguarding.recordImmediateAction(
        { ...action, whatWasDone: 'Arranged for his GP to visit the next day', takenBy: 'The duty worker' },
        new Date(received.getTime() + 60_000),
      )
      expect(first.ok && second.ok).toBe(true)
      expect(
        (await safeguarding.listImmediateActions(concern.id)).map((row) => [
          row.whatWasDone,
          row.doneOn,
          row.takenBy,
          row.recordedByUserId,
          row.recordedAt.toISOString(),
        ]),
      ).toEqual([
        [action.whatWasDone, '2025-05-01', action.takenBy, practitioner.id, received.toISOString()],
        [
          'Arranged for his GP to visit the next day',
          '2025-05-01',
          'The duty worker',
          practitioner.id,
          new Date(received.getTime() + 60_000).toISOString(),
        ],
      ])
      const blank = await safeguarding.recordImmediateAction({ ...action, whatWasDone: ' ' }, received)
      expect(blank.ok ? '' : blank.errors[0]?.message).toBe('Say what was done to keep the person safe')
      const nowhere = await safeguarding.recordImmediateAction({ ...action, concernId: 'no-such-concern' }, received)
      expect(nowhere.ok ? '' : nowhere.errors[0]?.message).toBe('No concern has this id')
      expect(
        await refusal(engine.sql(handle, "update safeguarding_immediate_actions set taken_by = 'someone else'")),
      ).toMatch('an immediate safety action cannot be changed: record another')
      expect(await refusal(engine.sql(handle, 'delete from safeguarding_immediate_actions'))).toMatch(
        'an immediate safety action cannot be removed',
      )
    })
  })

  describe('section 42 decisions and enquiries', () => {
    it('opens an enquiry only where the section 42 decision calls for one', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const concern = await recorded(handle)
      const attempt = () =>
        handle.repos.safeguarding.openEnquiry(
          {
            id: crypto.randomUUID(),
            concernId: concern.id,
            kind: 'section-42',
            ageBand: 'unknown',
            openedOn: '2025-05-13',
            openedByUserId: practitioner.id,
            typesOfAbuse: [],
            enquiry: {},
          },
          received,
        )
      expect((await attempt()).ok).toBe(false)
      await handle.repos.safeguarding.recordSection42Decision(
        { concernId: concern.id, decidedByUserId: practitioner.id, outcome: 'closed', decision: {} },
        received,
      )
      const closed = await attempt()
      expect(closed.ok ? '' : closed.errors[0]?.message).toBe(
        'Record a section 42 decision that calls for an enquiry before opening one',
      )
    })

    it('keeps every section 42 decision: the latest counts, none can be changed', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const concern = await recorded(handle)
      const { safeguarding } = handle.repos
      await safeguarding.recordSection42Decision(
        { concernId: concern.id, decidedByUserId: practitioner.id, outcome: 'closed', decision: {} },
        received,
      )
      await safeguarding.recordSection42Decision(
        { concernId: concern.id, decidedByUserId: practitioner.id, outcome: 'other-enquiry', decision: {} },
        at('2025-05-12T11:00:00Z'),
      )
      expect((await safeguarding.latestSection42Decision(concern.id))?.outcome).toBe('other-enquiry')
      expect(await refusal(engine.sql(handle, 'update section42_decisions set outcome = ?', 'closed'))).toMatch(
        'a section 42 decision cannot be changed: record a new one',
      )
      expect(await refusal(engine.sql(handle, 'delete from section42_decisions'))).toMatch(
        'a section 42 decision cannot be removed',
      )
      expect((await safeguarding.latestSection42Decision(concern.id))?.outcome).toBe('other-enquiry')
    })

    it('records each change as a new version with its history, and refuses a change made against an old version', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const { enquiry } = await openedEnquiry(handle, practitioner.id)
      const { safeguarding } = handle.repos
      const asked: ChangeEnquiry = {
        ...closing(enquiry.id, practitioner.id),
        event: 'record-desired-outcomes',
        status: 'open',
        closedOn: null,
        riskOutcomeRow: null,
        mspRow: null,
        detail: { asked: true },
      }
      const changed = await safeguarding.changeEnquiry(asked, received)
      expect(changed.ok && changed.value.version).toBe(2)
      expect(await safeguarding.changeEnquiry(asked, received)).toEqual({
        ok: false,
        errors: [{ path: 'expectedVersion', message: staleEnquiryMessage }],
      })
      expect((await safeguarding.listEnquiryEvents(enquiry.id)).map((event) => [event.version, event.event])).toEqual([
        [1, 'opened'],
        [2, 'record-desired-outcomes'],
      ])
      expect(await refusal(engine.sql(handle, 'delete from safeguarding_enquiry_events'))).toMatch(
        'a change to an enquiry cannot be removed',
      )
      expect(await refusal(engine.sql(handle, "update safeguarding_enquiry_events set event = 'x'"))).toMatch(
        'a change to an enquiry cannot be changed: record a new one',
      )
      expect(await refusal(engine.sql(handle, 'delete from safeguarding_enquiries'))).toMatch(
        'an enquiry cannot be removed',
      )
      // Hand-written SQL cannot skip a version, nor rewrite what the enquiry was opened with.
      expect(
        await refusal(
          engine.sql(handle, 'update safeguarding_enquiries set version = version + 2 where id = ?', enquiry.id),
        ),
      ).toMatch('an enquiry changes one version at a time: reload it and try again')
      expect(
        await refusal(
          engine.sql(
            handle,
            "update safeguarding_enquiries set version = version + 1, age_band = '18-64' where id = ?",
            enquiry.id,
          ),
        ),
      ).toMatch('what an enquiry was opened with cannot be changed')
      expect((await safeguarding.findEnquiryForConcern(enquiry.concernId))?.version).toBe(2)
    })

    it('cannot close an enquiry without a recorded risk outcome: the repository and the database both refuse', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const { enquiry } = await openedEnquiry(handle, practitioner.id)
      const refused = await handle.repos.safeguarding.changeEnquiry(
        closing(enquiry.id, practitioner.id, { riskOutcomeRow: null }),
        received,
      )
      expect(refused).toEqual({
        ok: false,
        errors: [{ path: 'riskOutcomeRow', message: 'An enquiry cannot close without a recorded risk outcome' }],
      })
      expect(
        await refusal(
          engine.sql(
            handle,
            "update safeguarding_enquiries set status = 'closed', version = 2, closed_on = '2025-06-01', msp_row = 'not-asked' where id = ?",
            enquiry.id,
          ),
        ),
      ).toMatch(
        /CHECK constraint failed: safeguarding_enquiries_closed_complete|violates check constraint "safeguarding_enquiries_closed_complete"/,
      )
    })

    it('a closed enquiry is final', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const { enquiry } = await openedEnquiry(handle, practitioner.id)
      const closed = await handle.repos.safeguarding.changeEnquiry(closing(enquiry.id, practitioner.id), received)
      expect(closed.ok && closed.value.status).toBe('closed')
      const again = await handle.repos.safeguarding.changeEnquiry(
        closing(enquiry.id, practitioner.id, { expectedVersion: 2 }),
        received,
      )
      expect(again).toEqual({ ok: false, errors: [{ path: 'status', message: enquiryClosedMessage }] })
      expect(
        await refusal(
          engine.sql(handle, 'update safeguarding_enquiries set version = version + 1 where id = ?', enquiry.id),
        ),
      ).toMatch('a closed enquiry cannot be changed')
    })
  })

  describe('annual totals', () => {
    it('counts the reporting year by the dates stored, each person once in the band of their first enquiry', async () => {
      const handle = await engine.fresh()
      const practitioner = await staff(handle, 'lead@example.org')
      const ada = await createPerson(handle, 'Ada Example')
      const bob = await createPerson(handle, 'Bob Example')
      const first = await openedEnquiry(handle, practitioner.id, {
        personId: ada.id,
        reference: 'SG-2025-000001',
        openedOn: '2025-04-02',
        ageBand: '75-84',
      })
      await openedEnquiry(handle, practitioner.id, {
        personId: ada.id,
        reference: 'SG-2025-000002',
        openedOn: '2025-09-01',
        ageBand: '85-94',
      })
      await openedEnquiry(handle, practitioner.id, {
        personId: bob.id,
        reference: 'SG-2025-000003',
        openedOn: '2026-03-31',
        ageBand: '18-64',
      })
      await openedEnquiry(handle, practitioner.id, {
        reference: 'SG-2025-000004',
        openedOn: '2025-06-01',
        ageBand: 'unknown',
      })
      await openedEnquiry(handle, practitioner.id, {
        reference: 'SG-2025-000005',
        openedOn: '2026-04-01',
        ageBand: '18-64',
      })
      await handle.repos.safeguarding.changeEnquiry(
        closing(first.enquiry.id, practitioner.id, {
          typesOfAbuse: ['self-neglect', 'financial-or-material', 'self-neglect'],
          locationOfRisk: null,
        }),
        received,
      )
      await recorded(handle, { reference: 'SG-2024-000099', receivedOn: '2025-03-31' })

      const totals = await handle.repos.safeguarding.annualTotals({ from: '2025-04-01', to: '2026-03-31' })
      expect(totals).toEqual({
        concerns: 5,
        enquiriesStarted: { 'section-42': 4 },
        individualsByAgeBand: { '75-84': 1, '18-64': 1, unknown: 1 },
        concluded: 1,
        concludedByType: { 'self-neglect': 1, 'financial-or-material': 1 },
        concludedByLocation: { 'not-recorded': 1 },
        concludedBySource: { 'other-known-to-individual': 1 },
        concludedByRiskOutcome: { 'risk-identified-action-taken': 1 },
        concludedByRiskResult: { reduced: 1 },
        concludedByMsp: { 'expressed-fully-achieved': 1 },
      })
    })
  })

  describe('safeguarding repository: concerns in a flood (issue 13)', () => {
    it('stores a concern marked as part of a flood like any other, and lists it with its group for triage', async () => {
      const handle = await engine.fresh()
      const ordinary = await recorded(handle, { reference: 'SG-2025-000001' })
      const flooded = await recorded(handle, { reference: 'SG-2025-000002', floodGroup: 'burst-1' })
      const listed = await handle.repos.safeguarding.listConcerns()
      expect(listed.map((concern) => [concern.reference, concern.floodGroup])).toEqual(
        expect.arrayContaining([
          ['SG-2025-000001', null],
          ['SG-2025-000002', 'burst-1'],
        ]),
      )
      expect(await handle.repos.safeguarding.findConcernByReference(flooded.reference)).toBeDefined()
      expect(ordinary.id).not.toBe(flooded.id)
      // A flood cannot push a genuine report off the list: the unmarked ones are listed on their own.
      expect(
        (await handle.repos.safeguarding.listConcerns({ floodGroup: null })).map((concern) => concern.reference),
      ).toEqual(['SG-2025-000001'])
      expect(
        (await handle.repos.safeguarding.listConcerns({ floodGroup: 'burst-1' })).map((concern) => concern.reference),
      ).toEqual(['SG-2025-000002'])
      expect(await handle.repos.safeguarding.listFloodGroups()).toEqual([
        { floodGroup: 'burst-1', concerns: 1, firstReceivedAt: flooded.receivedAt, lastReceivedAt: flooded.receivedAt },
      ])
    })
  })
})

// Issue 12: two portal processes on one PostgreSQL database, each with its own connection pool, taking concern
// reference numbers at the same moment. (SQLite has one writer process by design, so this is PostgreSQL's alone.)
const server = postgresServer()
describe.each(server ? [server] : [])('safeguarding on PostgreSQL shared by two processes', (server) => {
  it('never gives the same concern reference number twice, however many are taken at once', async () => {
    const url = await server.database()
    const processes = [
      await openPostgresDatabase({ url, maxConnections: 4 }),
      await openPostgresDatabase({ url, maxConnections: 4 }),
    ]
    try {
      const taken = await Promise.all(
        Array.from({ length: 60 }, (_, i) => processes[i % 2]?.repos.safeguarding.nextReferenceSequence(2026)),
      )
      expect([...taken].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
      expect(await processes[1]?.repos.safeguarding.nextReferenceSequence(2027)).toBe(1)
    } finally {
      await Promise.all(processes.map((handle) => handle.close()))
    }
  })

  it('refuses TRUNCATE of the append-only safeguarding tables, which skips row triggers', async () => {
    const handle = await openPostgresDatabase({ url: await server.database(), maxConnections: 2 })
    try {
      for (const [table, message] of [
        ['safeguarding_concerns', 'a safeguarding concern cannot be removed'],
        ['safeguarding_concern_types', 'the category of a concern cannot be removed'],
        ['safeguarding_concern_shares', 'a decision to share a concern cannot be removed'],
        ['safeguarding_immediate_actions', 'an immediate safety action cannot be removed'],
        ['section42_decisions', 'a section 42 decision cannot be removed'],
        ['safeguarding_enquiries', 'an enquiry cannot be removed'],
        ['safeguarding_enquiry_events', 'a change to an enquiry cannot be removed'],
      ]) {
        expect(await refusal(handle.pool.query(`truncate ${table} cascade`))).toMatch(message as string)
      }
    } finally {
      await handle.close()
    }
  })
})
