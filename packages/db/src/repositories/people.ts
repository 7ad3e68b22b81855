import { randomUUID } from 'node:crypto'
import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import {
  NewPersonSchema,
  PersonChangesSchema,
  PersonReturnDetailsSchema,
  type PersonReturnDetails,
  RelationshipSchema,
  type NewPerson,
  type Person,
  type PersonAccess,
  type PersonChanges,
  type PersonWithRelationship,
} from '../records.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { first, rowsChanged, type Store } from '../store.js'
import type { PersonSearchInput } from '../person-search-query.js'
import { fillPersonSearchKeys, searchPeople, writePersonSearchKeys, type PersonSearchResult } from './person-search.js'
import type { Relationship } from '../vocabulary.js'
import { DEFAULT_CONTACT_PREFERENCE, type ContactPreference } from './contact-preferences.js'

export interface PeopleRepository {
  create(input: NewPerson, now: Date): Promise<Result<Person>>
  findById(id: string): Promise<Person | undefined>
  /** Changes only the fields given; `dateOfBirth: null` clears it. */
  update(id: string, changes: PersonChanges, now: Date): Promise<Result<Person>>
  /**
   * Records the details the national returns need (only the fields given; null clears one). A write: call it inside
   * `withAudit`, whose entry is `person.return-details.update` naming the fields given.
   */
  updateReturnDetails(
    id: string,
    details: PersonReturnDetails,
    context: { actorUserId: string; now: Date },
  ): Promise<Result<Person>>
  /** The details recorded for the national returns, or undefined when none are. */
  returnDetails(id: string): Promise<PersonReturnDetails | undefined>
  /** The people this account may see, each with how the account stands to them, by name. */
  listForUser(userId: string): Promise<PersonWithRelationship[]>
  /** Granting the same access twice is harmless; a different relationship for the same pair is refused. */
  grantAccess(userId: string, personId: string, relationship: Relationship, now: Date): Promise<Result<PersonAccess>>
  /** True when there was access to remove. */
  revokeAccess(userId: string, personId: string): Promise<boolean>
  /** How this account stands to this person, or undefined when it has no access at all. */
  relationshipOf(userId: string, personId: string): Promise<Relationship | undefined>
  /** The active accounts a person's news goes to: their own, and their representatives' (issue 15). */
  accountsToTell(personId: string): Promise<
    {
      userId: string
      email: string
      displayName: string
      relationship: 'self' | 'representative'
      /** How the account chose to hear (email in standard wording unless it chose otherwise). */
      contact: ContactPreference
    }[]
  >
  /**
   * Finds people by name (tolerant of accents and one-letter slips), date of birth, part of a postcode, NHS number or
   * reference (issue 18); refuses, naming the field, a search with too little to go on. `today` is YYYY-MM-DD in
   * England, for the date of birth. Audit each search: this method does not.
   */
  search(input: PersonSearchInput, today: string): Promise<Result<PersonSearchResult>>
  /** Gives search keys to the people who have none (recorded before search came); how many. Run at start-up. */
  fillSearchKeys(): Promise<number>
}

// Dates of birth are calendar dates; "today" is taken in UTC, which is within a day of UK time either way.
const notInFuture = (dateOfBirth: string | null | undefined, now: Date): Result<true> =>
  dateOfBirth && dateOfBirth > now.toISOString().slice(0, 10)
    ? fail({ path: 'dateOfBirth', message: 'Date of birth must be today or in the past' })
    : ok(true)

export function createPeopleRepository(store: Store): PeopleRepository {
  const { db, t } = store
  const { people, personAccess, personReturnDetails, users, contactPreferences } = t
  const findAccess = async (userId: string, personId: string) =>
    first(
      await db
        .select()
        .from(personAccess)
        .where(and(eq(personAccess.userId, userId), eq(personAccess.personId, personId))),
    )
  const findPerson = async (id: string) => first(await db.select().from(people).where(eq(people.id, id)))

  return {
    async create(input, now) {
      const parsed = parse(NewPersonSchema, input)
      if (!parsed.ok) return parsed
      const { id = randomUUID(), displayName, dateOfBirth = null } = parsed.value
      const checked = notInFuture(dateOfBirth, now)
      if (!checked.ok) return checked
      // The person and the keys they are found by, together or not at all.
      const row = await store.transaction(async (tx) => {
        const [created] = await tx.db
          .insert(people)
          .values({ id, displayName, dateOfBirth, createdAt: now })
          .returning()
        if (created) await writePersonSearchKeys(tx.db, tx.t, created.id)
        return created
      })
      if (!row) throw new Error('The database stored no person row')
      return ok(row)
    },

    async findById(id) {
      return findPerson(id)
    },

    async update(id, changes, now) {
      const parsed = parse(PersonChangesSchema, changes)
      if (!parsed.ok) return parsed
      const checked = notInFuture(parsed.value.dateOfBirth, now)
      if (!checked.ok) return checked
      const existing = await findPerson(id)
      if (!existing) return fail({ path: 'id', message: 'No person has this id' })
      const { displayName = existing.displayName, dateOfBirth = existing.dateOfBirth } = parsed.value
      const row = await store.transaction(async (tx) => {
        const updated = first(
          await tx.db.update(people).set({ displayName, dateOfBirth }).where(eq(people.id, id)).returning(),
        )
        if (updated) await writePersonSearchKeys(tx.db, tx.t, id)
        return updated
      })
      return row ? ok(row) : fail({ path: 'id', message: 'No person has this id' })
    },

    async updateReturnDetails(id, details, { actorUserId, now }) {
      const parsed = parse(PersonReturnDetailsSchema, details)
      if (!parsed.ok) return parsed
      const changes = Object.fromEntries(Object.entries(parsed.value).filter(([, value]) => value !== undefined))
      const person = await findPerson(id)
      if (!person) return fail({ path: 'id', message: 'No person has this id' })
      await store.transaction(async (tx) => {
        await tx.db
          .insert(personReturnDetails)
          .values({ personId: id, ...changes, updatedByUserId: actorUserId, updatedAt: now })
          .onConflictDoUpdate({
            target: personReturnDetails.personId,
            set: { ...changes, updatedByUserId: actorUserId, updatedAt: now },
          })
        // The NHS number and postcode are search keys.
        await writePersonSearchKeys(tx.db, tx.t, id)
      })
      return ok(person)
    },

    async returnDetails(id) {
      const row = first(await db.select().from(personReturnDetails).where(eq(personReturnDetails.personId, id)))
      if (!row) return undefined
      const { personId: _personId, updatedByUserId: _by, updatedAt: _at, ...details } = row
      return details
    },

    async listForUser(userId) {
      return db
        .select({
          id: people.id,
          displayName: people.displayName,
          dateOfBirth: people.dateOfBirth,
          createdAt: people.createdAt,
          relationship: personAccess.relationship,
        })
        .from(personAccess)
        .innerJoin(people, eq(people.id, personAccess.personId))
        .where(eq(personAccess.userId, userId))
        .orderBy(asc(people.displayName), asc(people.id))
    },

    async grantAccess(userId, personId, relationship, now) {
      const parsed = parse(RelationshipSchema, relationship)
      if (!parsed.ok)
        return fail({ path: 'relationship', message: parsed.errors[0]?.message ?? 'Relationship is not known' })
      if (!first(await db.select({ id: users.id }).from(users).where(eq(users.id, userId)))) {
        return fail({ path: 'userId', message: 'No account has this id' })
      }
      if (!(await findPerson(personId))) {
        return fail({ path: 'personId', message: 'No person has this id' })
      }
      // ON CONFLICT rather than look-then-insert: the primary key and the one-self index decide a race.
      const inserted = first(
        await db
          .insert(personAccess)
          .values({ userId, personId, relationship: parsed.value, createdAt: now })
          .onConflictDoNothing()
          .returning(),
      )
      if (inserted) return ok(inserted)
      const existing = await findAccess(userId, personId)
      if (!existing)
        return fail({ path: 'relationship', message: 'Another account is already this person’s own account' })
      return existing.relationship === parsed.value
        ? ok(existing)
        : fail({
            path: 'relationship',
            message: `This account already has access to this person as ${existing.relationship}`,
          })
    },

    async revokeAccess(userId, personId) {
      const result = await db
        .delete(personAccess)
        .where(and(eq(personAccess.userId, userId), eq(personAccess.personId, personId)))
      return rowsChanged(result) > 0
    },

    async accountsToTell(personId) {
      const rows = await db
        .select({
          userId: users.id,
          email: users.email,
          displayName: users.displayName,
          relationship: personAccess.relationship,
          channel: contactPreferences.channel,
          mobile: contactPreferences.mobile,
          wording: contactPreferences.wording,
        })
        .from(personAccess)
        .innerJoin(users, eq(users.id, personAccess.userId))
        .leftJoin(contactPreferences, eq(contactPreferences.userId, users.id))
        .where(
          and(
            eq(personAccess.personId, personId),
            inArray(personAccess.relationship, ['self', 'representative']),
            isNull(users.disabledAt),
          ),
        )
        .orderBy(asc(personAccess.relationship), asc(users.email))
      return rows.flatMap(({ userId, email, displayName, relationship, channel, mobile, wording }) =>
        relationship === 'practitioner'
          ? []
          : [
              {
                userId,
                email,
                displayName,
                relationship,
                contact: channel && wording ? { channel, mobile, wording } : DEFAULT_CONTACT_PREFERENCE,
              },
            ],
      )
    },

    async relationshipOf(userId, personId) {
      return (await findAccess(userId, personId))?.relationship
    },

    search(input, today) {
      return searchPeople(store, input, today)
    },

    fillSearchKeys() {
      return fillPersonSearchKeys(store)
    },
  }
}
