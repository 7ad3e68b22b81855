import type { AppContext } from '../context.js'
import { readCookie, serialiseCookie } from './cookies.js'
import { newToken, sameToken } from './tokens.js'

const CSRF_COOKIE = 'open_sds_csrf'
export const CSRF_FIELD = 'csrf'

/** The token every form carries, and the cookie to set when the browser has none yet. */
export function csrfToken(request: Request, context: AppContext): { token: string; setCookie?: string } {
  const existing = readCookie(request, context.config, CSRF_COOKIE)
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return { token: existing }
  const token = newToken()
  return { token, setCookie: serialiseCookie(context.config, CSRF_COOKIE, token) }
}

/**
 * Reads a posted form and checks it came from one of our own pages: the hidden field must match the cookie
 * (double submit), and a browser that names the page's origin must name ours.
 */
export async function readProtectedForm(request: Request, context: AppContext): Promise<FormData> {
  const origin = request.headers.get('Origin')
  if (origin && origin !== 'null' && origin !== new URL(request.url).origin) throw refused()
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    throw new Response('The form could not be read. Go back and try again.', { status: 400 })
  }
  const cookie = readCookie(request, context.config, CSRF_COOKIE)
  const field = form.get(CSRF_FIELD)
  if (!cookie || typeof field !== 'string' || !sameToken(cookie, field)) throw refused()
  return form
}

function refused(): Response {
  return new Response(
    'This form could not be accepted because it did not come from this site, or the page was open too long. Go back, reload the page and try again.',
    { status: 403, statusText: 'Forbidden' },
  )
}
