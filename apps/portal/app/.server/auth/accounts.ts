import { hashPasswordScrypt, verifyPasswordScrypt } from '@open-sds/db'
import { z } from 'zod'
import type { AppContext } from '../context.js'
import { sendVerificationLink, tellOfExistingAccount } from './email-verification.js'
import type { Role } from './roles.js'

const email = z
  .string()
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address in the correct format, like name@example.com')

// One rule for every new password: at sign-up, on a reset and on a change.
const newPassword = z
  .string()
  .min(10, 'Password must be 10 characters or more')
  .max(128, 'Password must be 128 characters or fewer')

export const SignUpSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter your full name').max(100, 'Full name must be 100 characters or fewer'),
  email,
  password: newPassword,
})

export const ForgottenPasswordSchema = z.object({ email })

const currentPassword = z
  .string()
  .min(1, 'Enter your current password')
  .max(128, 'Password must be 128 characters or fewer')

export const ChangePasswordSchema = z.object({ currentPassword, password: newPassword })

export const ChangeEmailSchema = z.object({ email, currentPassword })

export const ResetPasswordSchema = z.object({ token: z.string().max(200), password: newPassword })

export const SignInSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password').max(128, 'Password must be 128 characters or fewer'),
})

// Checked when the email is unknown, so a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined

export type SignedUp = { created: boolean }

/**
 * A person creates their own account; it comes with their own record, which only they (and staff) can open. The
 * account, the record, the link between them, the message with a link to confirm the address (issue 15) and their
 * audit entries are one transaction: an account never exists without its record. The account cannot be signed in to
 * until its address is confirmed. When the email already has an account nothing is stored but a note to that address
 * saying so; the password is hashed all the same, so the answer takes as long either way; the caller must answer both
 * the same (`created` is for the audit).
 */
export async function registerCitizen(
  context: AppContext,
  input: z.infer<typeof SignUpSchema>,
  now: Date,
): Promise<SignedUp> {
  const passwordHash = await hashPasswordScrypt(input.password)
  type Made = { made: 'account'; userId: string; personId: string } | { made: 'note'; ownerId: string } | undefined
  const outcome = await context.database.withAudit(
    async (repos): Promise<Made> => {
      const created = await repos.users.create(
        { email: input.email, displayName: input.displayName, passwordHash, role: 'citizen', emailVerified: false },
        now,
      )
      if (!created.ok) {
        const owner = await repos.users.findByEmail(input.email)
        if (!owner || owner.disabledAt) return undefined
        return (await tellOfExistingAccount(context, repos, owner, now))
          ? { made: 'note', ownerId: owner.id }
          : undefined
      }
      const person = await repos.people.create({ displayName: input.displayName }, now)
      if (!person.ok)
        throw new Error(
          `Could not create the record for a new account: ${person.errors.map((e) => e.message).join('; ')}`,
        )
      const access = await repos.people.grantAccess(created.value.id, person.value.id, 'self', now)
      if (!access.ok)
        throw new Error(`Could not link a new account to its record: ${access.errors.map((e) => e.message).join('; ')}`)
      await sendVerificationLink(context, repos, created.value, now)
      return { made: 'account', userId: created.value.id, personId: person.value.id }
    },
    (done) => {
      if (done?.made === 'note')
        return { at: now, actorUserId: null, action: 'user.sign-up-existing-account', resource: `user:${done.ownerId}` }
      if (done?.made !== 'account') return undefined
      return [
        { at: now, actorUserId: done.userId, action: 'user.sign-up', resource: `user:${done.userId}` },
        {
          at: now,
          actorUserId: done.userId,
          action: 'person.create',
          personId: done.personId,
          resource: `person:${done.personId}`,
        },
      ]
    },
  )
  return { created: outcome?.made === 'account' }
}

export type CheckedCredentials =
  { ok: true; userId: string; role: Role; emailVerified: boolean; email: string; displayName: string } | { ok: false }

export async function checkCredentials(
  context: AppContext,
  input: z.infer<typeof SignInSchema>,
): Promise<CheckedCredentials> {
  const found = await context.database.repos.users.findForSignIn(input.email)
  if (!found || found.user.disabledAt) {
    decoyHash ??= hashPasswordScrypt('decoy password that matches nothing')
    await verifyPasswordScrypt(input.password, await decoyHash)
    return { ok: false }
  }
  const matches = await verifyPasswordScrypt(input.password, found.passwordHash)
  if (!matches) return { ok: false }
  const { id, role, email, displayName, emailVerifiedAt } = found.user
  return { ok: true, userId: id, role, email, displayName, emailVerified: emailVerifiedAt !== null }
}
