import { createHmac } from 'node:crypto'
import type { AppContext } from '../context.js'
import { readCookie, serialiseCookie } from './cookies.js'
import { sessionTokenOf } from './session.js'
import { newToken, sameToken } from './tokens.js'

const CSRF_COOKIE = 'open_sds_csrf'
export const CSRF_FIELD = 'csrf'

/**
 * Signed in, the token is derived from the session's own secret, so it belongs to that session alone and changes
 * whenever the session does (a new one at every sign-in, none after sign-out). The hash cannot be turned back into the
 * session token, which never leaves its HttpOnly cookie.
 */
const boundToSession = (sessionToken: string): string =>
  createHmac('sha256', 'open-sds csrf token').update(sessionToken).digest('base64url')

/** Before signing in, a random token in its own cookie (double submit), replaced at sign-in and sign-out. */
const freshCookie = (context: AppContext) => {
  const token = newToken()
  return { token, setCookie: serialiseCookie(context.config, CSRF_COOKIE, token) }
}

/** The token every form carries, and the cookie to set when the browser has none yet. */
export function csrfToken(request: Request, context: AppContext): { token: string; setCookie?: string } {
  const session = sessionTokenOf(request, context)
  if (session) return { token: boundToSession(session) }
  const existing = readCookie(request, context.config, CSRF_COOKIE)
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return { token: existing }
  return freshCookie(context)
}

/** A new signed-out token cookie, set at sign-in and sign-out so no token from before either still works. */
export function rotateCsrfCookie(context: AppContext): string {
  return freshCookie(context).setCookie
}

/**
 * Reads a posted form and checks it came from one of our own pages: the hidden field must match the token of this
 * session (or, signed out, the cookie), and a browser that names the page's origin must name ours. `Origin: null`
 * (a sandboxed or privacy-stripped context) is not ours either.
 */
export async function readProtectedForm(request: Request, context: AppContext): Promise<FormData> {
  const origin = request.headers.get('Origin')
  if (origin !== null && origin !== new URL(request.url).origin) throw refused()
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    throw new Response('The form could not be read. Go back and try again.', { status: 400 })
  }
  const session = sessionTokenOf(request, context)
  const expected = session ? boundToSession(session) : readCookie(request, context.config, CSRF_COOKIE)
  const field = form.get(CSRF_FIELD)
  if (!expected || typeof field !== 'string' || !sameToken(expected, field)) throw refused()
  // No one can type the NUL character, and PostgreSQL refuses it in any text: refused here, the same on both engines.
  for (const value of form.values()) {
    if (typeof value === 'string' && value.includes('\u0000'))
      throw new Response('The form could not be read. Go back and try again.', { status: 400 })
  }
  return form
}

function refused(): Response {
  return new Response(
    'This form could not be accepted because it did not come from this site, or the page was open too long. Go back, reload the page and try again.',
    { status: 403, statusText: 'Forbidden' },
  )
}
