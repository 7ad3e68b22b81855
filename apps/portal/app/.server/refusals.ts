import { json, redirect, type TypedResponse } from '@remix-run/node'
import type { RequestState } from '../load-context.js'
import { sessionTokenOf } from './auth/session.js'
import { hashToken } from './auth/tokens.js'
import type { AppContext } from './context.js'

/**
 * A refused form, answered Post/Redirect/Get (decision 055). A browser that posts a form and is refused is sent back
 * to the same address with 303; what the page needs to show the refusal (its errors and what was typed) waits in the
 * session for that page's loader, which takes it once. So the refusal is never the reply to a POST, and the browser's
 * Back button never asks to send the form again.
 */

/** A refusal not shown within this long is dropped: the person has gone elsewhere. */
export const REFUSAL_KEPT_MS = 10 * 60 * 1000
/** Bigger than this (as JSON) and the refusal is answered as before, 400 with the page, so no answer is lost. */
export const REFUSAL_MAX_CHARS = 16_000
/** Refusals kept per session at most (one per page), the oldest dropped: two tabs each refused keep theirs. */
const REFUSALS_KEPT = 5

/** Never kept, even to refill a form: the reply to a refused password or code form never shows them either. */
const SECRET_KEYS = new Set(['password', 'confirmPassword', 'currentPassword', 'newPassword', 'csrf', 'code'])

type Kept = { at: number; body: unknown }
type Refusals = Record<string, Kept>

export type RefusalArgs = { request: Request; context: AppContext; requestState?: RequestState }

/**
 * Answers a refused form. A browser's page navigation (a plain form post) with a signed-in session is redirected to
 * the same page, `body` kept for its loader's `takeRefusal`; anything else (a script or test calling the route, no
 * session, or a refusal too big to keep) gets `body` as JSON with `status`, as every form was answered before.
 */
export async function refuse<T extends Record<string, unknown>>(
  { request, context, requestState }: RefusalArgs,
  body: T,
  status = 400,
): Promise<TypedResponse<T>> {
  if (requestState) requestState.formHasErrors = true
  const url = new URL(request.url)
  const kept = withoutSecrets(body)
  const tokenHash = sessionHashOf(request, context)
  if (tokenHash && isPageNavigation(request) && JSON.stringify(kept).length <= REFUSAL_MAX_CHARS) {
    const now = new Date()
    const found = await context.database.repos.sessions.findValid(tokenHash, now)
    // A half-signed-in session waits for a code and nothing else (decision 033): it keeps no refusal.
    if (found && found.session.data.awaiting === undefined) {
      const refusals = { ...current(found.session.data, now), [url.pathname]: { at: now.getTime(), body: kept } }
      const newest = Object.entries(refusals)
        .sort(([, a], [, b]) => b.at - a.at)
        .slice(0, REFUSALS_KEPT)
      await context.database.repos.sessions.setData(tokenHash, {
        ...found.session.data,
        refusals: Object.fromEntries(newest),
      })
      return redirect(sameAddress(url), 303) as unknown as TypedResponse<T>
    }
  }
  return json(body, { status })
}

/**
 * The refusal kept for this page, taken so it shows once: a reload, or the page opened in another tab, shows the form
 * with what is saved. `T` is what this page's own action kept; null when there is none.
 */
export async function takeRefusal<T>(request: Request, context: AppContext): Promise<T | null> {
  const tokenHash = sessionHashOf(request, context)
  if (!tokenHash) return null
  const now = new Date()
  const found = await context.database.repos.sessions.findValid(tokenHash, now)
  const data = found?.session.data
  if (!data || data.refusals === undefined) return null
  const path = new URL(request.url).pathname
  const { [path]: kept, ...others } = current(data, now)
  const stale = Object.keys(Object(data.refusals)).length !== Object.keys(others).length
  if (kept || stale) {
    const { refusals: _refusals, ...rest } = data
    const left = Object.keys(others).length > 0 ? { ...rest, refusals: others } : rest
    await context.database.repos.sessions.setData(tokenHash, left)
  }
  return kept ? (kept.body as T) : null
}

/**
 * A form post whose reply the browser shows as the page (and keeps in its history): not a script's fetch, nor a test's
 * or another system's call. Browsers say so in Sec-Fetch-Dest; older ones, without it, still ask for HTML.
 */
function isPageNavigation(request: Request): boolean {
  const destination = request.headers.get('Sec-Fetch-Dest')
  if (destination !== null) return destination === 'document'
  return (request.headers.get('Accept') ?? '').includes('text/html')
}

function sessionHashOf(request: Request, context: AppContext): string | undefined {
  const token = sessionTokenOf(request, context)
  return token ? hashToken(token) : undefined
}

/** The refusals still worth showing. */
function current(data: Record<string, unknown>, now: Date): Refusals {
  const stored = data.refusals
  if (typeof stored !== 'object' || stored === null) return {}
  const fresh: Refusals = {}
  for (const [path, kept] of Object.entries(stored as Record<string, unknown>)) {
    if (isKept(kept) && now.getTime() - kept.at < REFUSAL_KEPT_MS) fresh[path] = kept
  }
  return fresh
}

const isKept = (value: unknown): value is Kept =>
  typeof value === 'object' && value !== null && typeof (value as { at?: unknown }).at === 'number'

/** The page itself: `?index` is only Remix's way of naming an index route's action, not part of the page's address. */
function sameAddress(url: URL): string {
  const search = new URLSearchParams(url.search)
  search.delete('index')
  const query = search.toString()
  return `${url.pathname}${query ? `?${query}` : ''}`
}

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_KEYS.has(key))
      .map(([key, inner]) => [key, withoutSecrets(inner)]),
  )
}
