import { randomUUID } from 'node:crypto'
import { and, asc, eq } from 'drizzle-orm'
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
import { auditLog, people, personAccess, personReturnDetails, users } from '../schema.js'
import type { SqliteDb } from '../sqlite-db.js'
import type { Relationship } from '../vocabulary.js'

export interface PeopleRepository {
  create(input: NewPerson, now: Date): Promise<Result<Person>>
  findById(id: string): Promise<Person | undefined>
  /** Changes only the fields given; `dateOfBirth: null` clears it. */
  update(id: string, changes: PersonChanges, now: Date): Promise<Result<Person>>
  /** Records the details the national returns need (only the fields given; null clears one), audited in the same transaction. */
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
}

// Dates of birth are calendar dates; "today" is taken in UTC, which is within a day of UK time either way.
const notInFuture = (dateOfBirth: string | null | undefined, now: Date): Result<true> =>
  dateOfBirth && dateOfBirth > now.toISOString().slice(0, 10)
    ? fail({ path: 'dateOfBirth', message: 'Date of birth must be today or in the past' })
    : ok(true)

export function createPeopleRepository(db: SqliteDb): PeopleRepository {
  const findAccess = (userId: string, personId: string) =>
    db
      .select()
      .from(personAccess)
      .where(and(eq(personAccess.userId, userId), eq(personAccess.personId, personId)))
      .get()

  return {
    async create(input, now) {
      const parsed = parse(NewPersonSchema, input)
      if (!parsed.ok) return parsed
      const { id = randomUUID(), displayName, dateOfBirth = null } = parsed.value
      const checked = notInFuture(dateOfBirth, now)
      if (!checked.ok) return checked
      const row = db.insert(people).values({ id, displayName, dateOfBirth, createdAt: now }).returning().get()
      return ok(row)
    },

    async findById(id) {
      return db.select().from(people).where(eq(people.id, id)).get()
    },

    async update(id, changes, now) {
      const parsed = parse(PersonChangesSchema, changes)
      if (!parsed.ok) return parsed
      const checked = notInFuture(parsed.value.dateOfBirth, now)
      if (!checked.ok) return checked
      const existing = db.select().from(people).where(eq(people.id, id)).get()
      if (!existing) return fail({ path: 'id', message: 'No person has this id' })
      const { displayName = existing.displayName, dateOfBirth = existing.dateOfBirth } = parsed.value
      const row = db.update(people).set({ displayName, dateOfBirth }).where(eq(people.id, id)).returning().get()
      return row ? ok(row) : fail({ path: 'id', message: 'No person has this id' })
    },

    async updateReturnDetails(id, details, { actorUserId, now }) {
      const parsed = parse(PersonReturnDetailsSchema, details)
      if (!parsed.ok) return parsed
      const changes = Object.fromEntries(Object.entries(parsed.value).filter(([, value]) => value !== undefined))
      return db.transaction((tx) => {
        const person = tx.select().from(people).where(eq(people.id, id)).get()
        if (!person) return fail({ path: 'id', message: 'No person has this id' })
        tx.insert(personReturnDetails)
          .values({ personId: id, ...changes, updatedByUserId: actorUserId, updatedAt: now })
          .onConflictDoUpdate({
            target: personReturnDetails.personId,
            set: { ...changes, updatedByUserId: actorUserId, updatedAt: now },
          })
          .run()
        tx.insert(auditLog)
          .values({
            at: now,
            actorUserId,
            action: 'person.return-details.update',
            personId: id,
            resource: `person:${id}`,
            detail: { fields: Object.keys(changes) },
          })
          .run()
        return ok(person)
      })
    },

    async returnDetails(id) {
      const row = db.select().from(personReturnDetails).where(eq(personReturnDetails.personId, id)).get()
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
        .all()
    },

    async grantAccess(userId, personId, relationship, now) {
      const parsed = parse(RelationshipSchema, relationship)
      if (!parsed.ok)
        return fail({ path: 'relationship', message: parsed.errors[0]?.message ?? 'Relationship is not known' })
      if (!db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) {
        return fail({ path: 'userId', message: 'No account has this id' })
      }
      if (!db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get()) {
        return fail({ path: 'personId', message: 'No person has this id' })
      }
      const inserted = db
        .insert(personAccess)
        .values({ userId, personId, relationship: parsed.value, createdAt: now })
        .onConflictDoNothing()
        .returning()
        .get()
      if (inserted) return ok(inserted)
      const existing = findAccess(userId, personId)
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
      const result = db
        .delete(personAccess)
        .where(and(eq(personAccess.userId, userId), eq(personAccess.personId, personId)))
        .run()
      return result.changes > 0
    },

    async relationshipOf(userId, personId) {
      return findAccess(userId, personId)?.relationship
    },
  }
}
