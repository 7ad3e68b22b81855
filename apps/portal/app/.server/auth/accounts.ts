import { hashPasswordScrypt, verifyPasswordScrypt } from '@open-sds/db'
import { z } from 'zod'
import type { AppContext } from '../context.js'
import type { FieldError } from '../forms.js'
import type { Role } from './roles.js'

const email = z
  .string()
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address in the correct format, like name@example.com')

export const SignUpSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter your full name').max(100, 'Full name must be 100 characters or fewer'),
  email,
  password: z
    .string()
    .min(10, 'Password must be 10 characters or more')
    .max(128, 'Password must be 128 characters or fewer'),
})

export const SignInSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password').max(128, 'Password must be 128 characters or fewer'),
})

// Checked when the email is unknown, so a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined

export type SignedUp = { ok: true; userId: string } | { ok: false; status: number; errors: FieldError[] }

/** A person creates their own account; it comes with their own record, which only they (and staff) can open. */
export async function registerCitizen(context: AppContext, input: z.infer<typeof SignUpSchema>, now: Date): Promise<SignedUp> {
  const { users, people, audit } = context.database.repos
  if (await users.findByEmail(input.email)) {
    return { ok: false, status: 409, errors: [emailTaken()] }
  }
  const passwordHash = await hashPasswordScrypt(input.password)
  const created = await users.create({ email: input.email, displayName: input.displayName, passwordHash, role: 'citizen' }, now)
  if (!created.ok) return { ok: false, status: 409, errors: [emailTaken()] }
  const userId = created.value.id
  const person = await people.create({ displayName: input.displayName }, now)
  if (!person.ok) throw new Error(`Could not create the record for a new account: ${person.errors.map((e) => e.message).join('; ')}`)
  const access = await people.grantAccess(userId, person.value.id, 'self', now)
  if (!access.ok) throw new Error(`Could not link a new account to its record: ${access.errors.map((e) => e.message).join('; ')}`)
  await audit.append({ at: now, actorUserId: userId, action: 'user.sign-up', resource: `user:${userId}` })
  await audit.append({ at: now, actorUserId: userId, action: 'person.create', personId: person.value.id, resource: `person:${person.value.id}` })
  return { ok: true, userId }
}

export type CheckedCredentials = { ok: true; userId: string; role: Role } | { ok: false }

export async function checkCredentials(context: AppContext, input: z.infer<typeof SignInSchema>): Promise<CheckedCredentials> {
  const found = await context.database.repos.users.findForSignIn(input.email)
  if (!found || found.user.disabledAt) {
    decoyHash ??= hashPasswordScrypt('decoy password that matches nothing')
    await verifyPasswordScrypt(input.password, await decoyHash)
    return { ok: false }
  }
  const matches = await verifyPasswordScrypt(input.password, found.passwordHash)
  return matches ? { ok: true, userId: found.user.id, role: found.user.role } : { ok: false }
}

function emailTaken(): FieldError {
  return { field: 'email', message: 'An account with this email address already exists. Sign in instead, or use a different email address' }
}
