import type { Repositories } from '@open-sds/db'
import type { AppContext } from '../context.js'
import type { Role } from './roles.js'
import { readCookie, serialiseCookie } from './cookies.js'
import { hashToken, newToken } from './tokens.js'

const SESSION_COOKIE = 'open_sds_session'
/** Signed-in sessions end after 12 hours whatever happens, and after 60 minutes of no activity. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000
export const SESSION_IDLE_MS = 60 * 60 * 1000
const TOUCH_EVERY_MS = 60 * 1000

export type Viewer = { id: string; email: string; displayName: string; role: Role }

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
  if (idleFor > TOUCH_EVERY_MS && options.touch !== false) await sessions.touch(tokenHash, now)
  const { id, email, displayName, role } = found.user
  return { id, email, displayName, role }
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
): Promise<string> {
  const token = newToken()
  await sessions.create(hashToken(token), userId, new Date(now.getTime() + SESSION_ABSOLUTE_MS), now)
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
