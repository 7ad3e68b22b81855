import { randomUUID } from 'node:crypto'
import { and, asc, eq, exists, or, sql } from 'drizzle-orm'
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core'
import { normalizeEmail } from '../email.js'
import { EmailSchema, NewUserSchema, RoleSchema, type NewUser, type User } from '../records.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import type { Tables } from '../store.js'
import { first, type Store } from '../store.js'
import { roles, type Role } from '../vocabulary.js'

export const duplicateEmailMessage = 'An account with this email address already exists'
const noSuchUserMessage = 'No account has this id'

export interface UsersRepository {
  /** Adds an account. A taken email address is an answer (`ok: false`, path `email`), not an exception. */
  create(input: NewUser, now: Date): Promise<Result<User>>
  findById(id: string): Promise<User | undefined>
  findByEmail(email: string): Promise<User | undefined>
  /** The only read that returns the password hash: for checking a password at sign-in, nothing else. */
  findForSignIn(email: string): Promise<{ user: User; passwordHash: string } | undefined>
  /** Every account, by email address; only those holding `role` when given, as their main role or another. */
  list(options?: { role?: Role }): Promise<User[]>
  /** Changes the main role: the one that decides the account's start page. */
  setRole(id: string, role: Role): Promise<Result<User>>
  /** The staff roles the account holds besides its main one (decision 047), in the order of `roles`. */
  otherRoles(id: string): Promise<Role[]>
  /**
   * Gives a staff account one more staff role; giving one it holds already changes nothing. A personal (citizen)
   * account cannot be given a staff role, nor anyone the citizen role: each is an answer naming `role`.
   */
  giveRole(id: string, role: Role, givenByUserId: string, now: Date): Promise<Result<User>>
  /** Takes away a role given with `giveRole` (not the main role: change that with `setRole`). */
  takeAwayRole(id: string, role: Role): Promise<Result<User>>
  /**
   * Call first, inside the transaction of any change that could leave no administrator (a role taken away, an account
   * deactivated): it waits for any other such change to finish and holds them off until this transaction ends, so a
   * count of administrators read after it stays true until commit. Two administrators demoting each other at once
   * then cannot both succeed. PostgreSQL: a transaction-scoped advisory lock. SQLite: nothing to do, as its single
   * writer already runs one such transaction at a time.
   */
  lockAdministrators(): Promise<void>
  /** A disabled account keeps its history but cannot sign in, and its sessions stop being valid. */
  disable(id: string, now: Date): Promise<Result<User>>
  enable(id: string): Promise<Result<User>>
  /** Records that the owner proved the address (issue 15); proving it again keeps the first time. */
  markEmailVerified(id: string, now: Date): Promise<Result<User>>
  /** Replaces the password (its scrypt hash, never the password). End the account's sessions in the same transaction. */
  setPasswordHash(id: string, passwordHash: string): Promise<Result<User>>
  /** Moves the account to another email address; one another account has is an answer (`ok: false`, path `email`). */
  changeEmail(id: string, email: string): Promise<Result<User>>
}

type UserRow = Tables['users']['$inferSelect']

const toUser = ({ passwordHash: _passwordHash, ...user }: UserRow): User => user

// The advisory lock's key: any fixed number no other part of Open SDS uses ("admn" in ASCII).
const administratorsLockKey = 0x61646d6e

export function createUsersRepository({ db, t, engine }: Store): UsersRepository {
  const { users, userRoles } = t
  const findRow = async (id: string) => first(await db.select().from(users).where(eq(users.id, id)))
  const findRowByEmail = async (email: string) =>
    first(
      await db
        .select()
        .from(users)
        .where(eq(users.email, normalizeEmail(email))),
    )

  const update = async (id: string, changes: PgUpdateSetSource<Tables['users']>): Promise<Result<User>> => {
    const row = first(await db.update(users).set(changes).where(eq(users.id, id)).returning())
    return row ? ok(toUser(row)) : fail({ path: 'id', message: noSuchUserMessage })
  }

  const holding = (role: Role) =>
    or(
      eq(users.role, role),
      exists(
        db
          .select({ one: sql`1` })
          .from(userRoles)
          .where(and(eq(userRoles.userId, users.id), eq(userRoles.role, role))),
      ),
    )

  return {
    async create(input, now) {
      const parsed = parse(NewUserSchema, input)
      if (!parsed.ok) return parsed
      const { id = randomUUID(), emailVerified, ...fields } = parsed.value
      // ON CONFLICT rather than look-then-insert: two sign-ups racing for one address cannot both win.
      const row = first(
        await db
          .insert(users)
          .values({ id, ...fields, createdAt: now, disabledAt: null, emailVerifiedAt: emailVerified ? now : null })
          .onConflictDoNothing({ target: users.email })
          .returning(),
      )
      return row ? ok(toUser(row)) : fail({ path: 'email', message: duplicateEmailMessage })
    },

    async findById(id) {
      const row = await findRow(id)
      return row && toUser(row)
    },

    async findByEmail(email) {
      const row = await findRowByEmail(email)
      return row && toUser(row)
    },

    async findForSignIn(email) {
      const row = await findRowByEmail(email)
      return row && { user: toUser(row), passwordHash: row.passwordHash }
    },

    async list(options = {}) {
      const rows = await db
        .select()
        .from(users)
        .where(options.role === undefined ? undefined : holding(options.role))
        .orderBy(asc(users.email))
      return rows.map(toUser)
    },

    async setRole(id, role) {
      const parsed = parse(RoleSchema, role)
      if (!parsed.ok) return fail({ path: 'role', message: parsed.errors[0]?.message ?? 'Role is not known' })
      // A role that becomes the main one is no longer held besides it.
      await db.delete(userRoles).where(and(eq(userRoles.userId, id), eq(userRoles.role, parsed.value)))
      return update(id, { role: parsed.value })
    },

    async otherRoles(id) {
      const rows = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, id))
      const held = new Set(rows.map((row) => row.role))
      return roles.filter((role) => held.has(role))
    },

    async giveRole(id, role, givenByUserId, now) {
      const parsed = parse(RoleSchema, role)
      if (!parsed.ok) return fail({ path: 'role', message: parsed.errors[0]?.message ?? 'Role is not known' })
      const user = await findRow(id)
      if (!user) return fail({ path: 'id', message: noSuchUserMessage })
      if (parsed.value === 'citizen' || user.role === 'citizen')
        return fail({
          path: 'role',
          message: 'Only a council staff account can hold more than one role, and only staff roles',
        })
      if (parsed.value !== user.role)
        await db
          .insert(userRoles)
          .values({ userId: id, role: parsed.value, givenAt: now, givenByUserId })
          .onConflictDoNothing()
      return ok(toUser(user))
    },

    async takeAwayRole(id, role) {
      const user = await findRow(id)
      if (!user) return fail({ path: 'id', message: noSuchUserMessage })
      await db.delete(userRoles).where(and(eq(userRoles.userId, id), eq(userRoles.role, role)))
      return ok(toUser(user))
    },

    async lockAdministrators() {
      if (engine === 'postgresql') await db.execute(sql`select pg_advisory_xact_lock(${administratorsLockKey})`)
    },

    async disable(id, now) {
      // Disabling twice keeps the first time: that is when the account stopped working.
      return update(id, { disabledAt: sql`coalesce(${users.disabledAt}, ${now.getTime()})` })
    },

    async markEmailVerified(id, now) {
      return update(id, { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.getTime()})` })
    },

    async enable(id) {
      return update(id, { disabledAt: null })
    },

    async setPasswordHash(id, passwordHash) {
      if (!passwordHash.startsWith('scrypt$'))
        throw new TypeError('Only a password hash may be stored, never a password')
      return update(id, { passwordHash })
    },

    async changeEmail(id, email) {
      const parsed = parse(EmailSchema, email)
      if (!parsed.ok) return fail({ path: 'email', message: parsed.errors[0]?.message ?? 'Email address is not valid' })
      const holder = await findRowByEmail(parsed.value)
      if (holder && holder.id !== id) return fail({ path: 'email', message: duplicateEmailMessage })
      return update(id, { email: parsed.value })
    },
  }
}
