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
  if (users.findByEmail(input.email)) {
    return { ok: false, status: 409, errors: [emailTaken()] }
  }
  const passwordHash = await hashPasswordScrypt(input.password)
  const created = users.create({ email: input.email, displayName: input.displayName, passwordHash, role: 'citizen', now })
  if (!created.ok) return { ok: false, status: 409, errors: [emailTaken()] }
  const person = people.create({ displayName: input.displayName, now })
  people.grantAccess({ userId: created.value.id, personId: person.id, relationship: 'self', now })
  audit.append({ at: now, actorUserId: created.value.id, action: 'user.sign-up', resource: `user:${created.value.id}` })
  audit.append({ at: now, actorUserId: created.value.id, action: 'person.create', personId: person.id, resource: `person:${person.id}` })
  return { ok: true, userId: created.value.id }
}

export type CheckedCredentials = { ok: true; userId: string; role: Role } | { ok: false }

export async function checkCredentials(context: AppContext, input: z.infer<typeof SignInSchema>): Promise<CheckedCredentials> {
  const user = context.database.repos.users.findByEmail(input.email)
  if (!user || user.disabledAt) {
    decoyHash ??= hashPasswordScrypt('decoy password that matches nothing')
    await verifyPasswordScrypt(input.password, await decoyHash)
    return { ok: false }
  }
  const matches = await verifyPasswordScrypt(input.password, user.passwordHash)
  return matches ? { ok: true, userId: user.id, role: user.role as Role } : { ok: false }
}

function emailTaken(): FieldError {
  return { field: 'email', message: 'An account with this email address already exists. Sign in instead, or use a different email address' }
}
