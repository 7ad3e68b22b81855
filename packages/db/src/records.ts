import { z } from 'zod'
import { relationships, roles } from './vocabulary.js'

// The records the repositories accept and return. They name no database: a PostgreSQL implementation of the
// repositories returns exactly these shapes, so routes never learn which database they are talking to.

export const RoleSchema = z.enum(roles, { error: `Role must be one of: ${roles.join(', ')}` })
export const RelationshipSchema = z.enum(relationships, {
  error: `Relationship must be one of: ${relationships.join(', ')}`,
})

const idSchema = (what: string) => z.uuid({ error: `${what} must be a UUID` })

const displayNameSchema = z
  .string({ error: 'Enter a name' })
  .trim()
  .min(1, { error: 'Enter a name' })
  .max(200, { error: 'Name must be 200 characters or fewer' })

export const EmailSchema = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter an email address' })
  .max(254, { error: 'Email address must be 254 characters or fewer' })
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }))

export const NewUserSchema = z.object({
  id: idSchema('User id').optional(),
  email: EmailSchema,
  displayName: displayNameSchema,
  passwordHash: z.string({ error: 'Password hash is missing' }).min(1, { error: 'Password hash is missing' }),
  role: RoleSchema,
})
export type NewUser = z.input<typeof NewUserSchema>

/** An account. The password hash is deliberately not part of it, so it cannot leak into a page by accident. */
export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  createdAt: z.date(),
  disabledAt: z.date().nullable(),
})
export type User = z.infer<typeof UserSchema>

const dateOfBirthSchema = z.iso
  .date({ error: 'Date of birth must be a real date, written as YYYY-MM-DD' })
  .nullable()
  .optional()

export const NewPersonSchema = z.object({
  id: idSchema('Person id').optional(),
  displayName: displayNameSchema,
  dateOfBirth: dateOfBirthSchema,
})
export type NewPerson = z.input<typeof NewPersonSchema>

export const PersonChangesSchema = z.object({
  displayName: displayNameSchema.optional(),
  dateOfBirth: dateOfBirthSchema,
})
export type PersonChanges = z.input<typeof PersonChangesSchema>

/** A person's record: the person who needs care and support. Special category data. */
export const PersonSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  dateOfBirth: z.iso.date().nullable(),
  createdAt: z.date(),
})
export type Person = z.infer<typeof PersonSchema>

export const PersonAccessSchema = z.object({
  userId: z.string(),
  personId: z.string(),
  relationship: RelationshipSchema,
  createdAt: z.date(),
})
export type PersonAccess = z.infer<typeof PersonAccessSchema>

export type PersonWithRelationship = Person & { relationship: z.infer<typeof RelationshipSchema> }

export const SessionDataSchema = z.record(z.string(), z.unknown())
export type SessionData = z.infer<typeof SessionDataSchema>

export const SessionSchema = z.object({
  /** SHA-256 of the session token, as 64 lower-case hex digits. */
  tokenHash: z.string(),
  userId: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
  lastSeenAt: z.date(),
  data: SessionDataSchema,
})
export type Session = z.infer<typeof SessionSchema>

/** `subject.verb`, lower case, e.g. `person.read`, `user.sign-in`, `support-plan.approve`. */
export const AuditActionSchema = z
  .string({ error: 'Audit action is missing' })
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/, {
    error: 'Audit action must be lower-case words joined by dots, like person.read',
  })

export const NewAuditEntrySchema = z.object({
  at: z.date({ error: 'Audit entry needs the time it happened' }),
  actorUserId: z.string().min(1).nullable().default(null),
  action: AuditActionSchema,
  personId: z.string().min(1).nullable().default(null),
  resource: z.string({ error: 'Audit resource is missing' }).min(1, { error: 'Audit resource is missing' }),
  detail: z.record(z.string(), z.unknown()).nullable().default(null),
})
export type NewAuditEntry = z.input<typeof NewAuditEntrySchema>

export const AuditEntrySchema = NewAuditEntrySchema.extend({ id: z.number().int() })
export type AuditEntry = z.output<typeof AuditEntrySchema>
