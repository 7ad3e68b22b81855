import type { Repositories, User } from '@open-sds/db'
import type { AppContext } from '../context.js'
import type { Role } from './roles.js'
import { readCookie, serialiseCookie } from './cookies.js'
import { hashToken, newToken } from './tokens.js'

const SESSION_COOKIE = 'open_sds_session'
/** Signed-in sessions end after 12 hours whatever happens, and after 60 minutes of no activity. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000
export const SESSION_IDLE_MS = 60 * 60 * 1000
const TOUCH_EVERY_MS = 60 * 1000

/** `role` is the main role (it decides the start page); `roles` is every role held, the main one first (decision 047). */
export type Viewer = { id: string; email: string; displayName: string; role: Role; roles: readonly Role[] }

/**
 * What a half-signed-in session waits for (decision 033): after a right password, a member of staff with a second
 * factor is asked for a code; where the council requires one and they have none, they set it up. Until then the
 * session is nobody's to every page but the one it waits on.
 */
export type Awaiting = 'code' | 'set-up'
/** A half-signed-in session lasts ten minutes: long enough to find a phone, too short to be worth stealing. */
export const HALF_SIGNED_IN_MS = 10 * 60 * 1000

const awaitingOf = (data: Record<string, unknown>): Awaiting | undefined =>
  data.awaiting === 'code' || data.awaiting === 'set-up' ? data.awaiting : undefined

/** The session cookie's token as the browser sent it (not checked): what the CSRF token is bound to. */
export function sessionTokenOf(request: Request, context: AppContext): string | undefined {
  return readCookie(request, context.config, SESSION_COOKIE) || undefined
}

/**
 * Who is signed in. `touch: false` reads without recording activity: an anonymous answer given while signed in must
 * not change the session row in the same moment, or the two writes would sit side by side in the database's log.
 */
export async function currentViewer(
  request: Request,
  context: AppContext,
  now = new Date(),
  options: { touch?: boolean } = {},
): Promise<Viewer | null> {
  const found = await readSession(request, context, now, options)
  return found && !found.awaiting ? found.viewer : null
}

/** The viewer of a half-signed-in session and what it waits for; undefined for any other session or none. */
export async function halfSignedIn(
  request: Request,
  context: AppContext,
  now = new Date(),
): Promise<{ viewer: Viewer; awaiting: Awaiting } | undefined> {
  const found = await readSession(request, context, now, { touch: false })
  return found?.awaiting ? { viewer: found.viewer, awaiting: found.awaiting } : undefined
}

async function readSession(
  request: Request,
  context: AppContext,
  now: Date,
  options: { touch?: boolean },
): Promise<{ viewer: Viewer; awaiting: Awaiting | undefined } | null> {
  const token = readCookie(request, context.config, SESSION_COOKIE)
  if (!token) return null
  const sessions = context.database.repos.sessions
  const tokenHash = hashToken(token)
  const found = await sessions.findValid(tokenHash, now)
  if (!found) return null
  const idleFor = now.getTime() - found.session.lastSeenAt.getTime()
  if (idleFor > SESSION_IDLE_MS || found.user.disabledAt) {
    await sessions.delete(tokenHash)
    return null
  }
  const awaiting = awaitingOf(found.session.data)
  if (idleFor > TOUCH_EVERY_MS && options.touch !== false && !awaiting) await sessions.touch(tokenHash, now)
  const { id, email, displayName, role } = found.user
  return { viewer: { id, email, displayName, role, roles: await rolesHeldBy(context, found.user) }, awaiting }
}

/** Every role an account holds: its main one first, then any other staff roles (decision 047). */
export async function rolesHeldBy(context: AppContext, user: Pick<User, 'id' | 'role'>): Promise<Role[]> {
  if (user.role === 'citizen') return [user.role]
  return [user.role, ...(await context.database.repos.users.otherRoles(user.id))]
}

/**
 * Starts a new session (a fresh token every sign-in, so a planted token is worthless) and returns its cookie. `sessions`
 * are `withAudit`'s own repositories', so the session is stored with its audit entry or not at all: on PostgreSQL the
 * context's repositories use another connection, outside that transaction.
 */
export async function startSession(
  context: AppContext,
  sessions: Repositories['sessions'],
  userId: string,
  now = new Date(),
  awaiting?: Awaiting,
): Promise<string> {
  const token = newToken()
  const lasts = awaiting ? HALF_SIGNED_IN_MS : SESSION_ABSOLUTE_MS
  await sessions.create(hashToken(token), userId, new Date(now.getTime() + lasts), now, awaiting ? { awaiting } : {})
  return serialiseCookie(context.config, SESSION_COOKIE, token, { maxAgeSeconds: SESSION_ABSOLUTE_MS / 1000 })
}

/** Ends the session the request names; `sessions` are `withAudit`'s own, as for `startSession`. */
export async function endSession(
  request: Request,
  context: AppContext,
  sessions: Repositories['sessions'],
): Promise<string> {
  const token = readCookie(request, context.config, SESSION_COOKIE)
  if (token) await sessions.delete(hashToken(token))
  return serialiseCookie(context.config, SESSION_COOKIE, '', { maxAgeSeconds: 0 })
}
