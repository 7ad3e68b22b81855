import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'

// Proxy access (issue 18, decision 035): a person asks for someone to act for them; the council verifies the
// relationship and grants it with a scope; the nominated person accepts; the person, the proxy or a practitioner can end
// it. What each scope allows, and which step may follow which, are rules here; the database keeps the history.

/** How far a proxy may act, smallest first. */
export const proxyScopes = ['see-records', 'send-forms', 'everything'] as const
export type ProxyScope = (typeof proxyScopes)[number]

/** What a proxy may be trying to do for the person. */
export type ProxyAction = 'see-records' | 'send-forms' | 'see-safeguarding'

export const proxyScopeLabels: Record<ProxyScope, { label: string; allows: string }> = {
  'see-records': {
    label: 'See my records',
    allows:
      'See the person’s record, self-assessment, budget, financial assessment and support plan, but not change or send them',
  },
  'send-forms': {
    label: 'Fill in and send forms for me',
    allows:
      'Everything in “See my records”, and fill in and send the self-assessment, financial assessment and support plan',
  },
  everything: {
    label: 'Everything a representative can do',
    allows: 'Everything in “Fill in and send forms for me”, and see the safeguarding concerns shared with the person',
  },
}

const ALLOWED: Record<ProxyScope, readonly ProxyAction[]> = {
  'see-records': ['see-records'],
  'send-forms': ['see-records', 'send-forms'],
  everything: ['see-records', 'send-forms', 'see-safeguarding'],
}

/** Whether a proxy with `scope` may do `action` for the person. */
export function proxyMay(scope: ProxyScope, action: ProxyAction): boolean {
  return ALLOWED[scope].includes(action)
}

/** The steps in a proxy's history, each recorded once, in this order (a refusal or an end closes it). */
export const proxySteps = ['granted', 'refused', 'accepted', 'ended'] as const
export type ProxyStep = (typeof proxySteps)[number]

/** Where a request for a proxy stands, from the steps recorded so far. */
export type ProxyStanding = 'asked' | 'granted' | 'refused' | 'active' | 'ended'

export const proxyStandingLabels: Record<ProxyStanding, string> = {
  asked: 'Waiting for the council to check',
  granted: 'Waiting for them to accept',
  refused: 'Refused',
  active: 'Can act for you',
  ended: 'Ended',
}

/** Who takes a step: the person who asked, the proxy they named, or a practitioner of the council. */
export type ProxyParty = 'person' | 'proxy' | 'practitioner'

export function proxyStanding(steps: readonly ProxyStep[]): ProxyStanding {
  const last = steps.at(-1)
  if (last === undefined) return 'asked'
  return last === 'accepted' ? 'active' : last
}

const NEXT: Record<ProxyStanding, Partial<Record<ProxyStep, readonly ProxyParty[]>>> = {
  asked: { granted: ['practitioner'], refused: ['practitioner'], ended: ['person', 'practitioner'] },
  granted: { accepted: ['proxy'], ended: ['person', 'proxy', 'practitioner'] },
  active: { ended: ['person', 'proxy', 'practitioner'] },
  refused: {},
  ended: {},
}

const WHY_NOT: Record<ProxyStanding, string> = {
  asked: 'The council has not checked this request yet',
  granted: 'This has already been granted',
  active: 'This has already been accepted',
  refused: 'This request was refused',
  ended: 'This has already ended',
}

/**
 * Whether `party` may take `step` now: granting and refusing are the council's, once, on a request not yet decided;
 * accepting is the proxy's, once granted; ending is anyone's, any time before it has ended (a practitioner must give a
 * reason, which the caller checks with the form). Refused with a plain sentence otherwise.
 */
export function proxyStepAllowed(standing: ProxyStanding, step: ProxyStep, party: ProxyParty): Result<true> {
  const parties = NEXT[standing][step]
  if (parties?.includes(party)) return ok(true)
  const message = parties ? 'You cannot do this for this request' : WHY_NOT[standing]
  return fail({ path: 'step', message })
}

const text = (message: string, max: number) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Must be ${String(max)} characters or fewer` })

/** What a person gives when they ask for someone to act for them. */
export const ProxyRequestSchema = z.object({
  name: text('Enter the full name of the person you want to act for you', 200),
  email: z
    .string({ error: 'Enter their email address' })
    .trim()
    .min(1, { error: 'Enter their email address' })
    .max(254, { error: 'Must be 254 characters or fewer' })
    .pipe(z.email({ error: 'Enter their email address in the right form, like name@example.com' }))
    .transform((value) => value.toLowerCase()),
  relationship: text('Say how they are related to you, for example daughter, friend or advocate', 100),
  scope: z.enum(proxyScopes, { error: 'Choose what they can do for you' }),
})
export type ProxyRequestInput = z.input<typeof ProxyRequestSchema>
export type ProxyRequest = z.output<typeof ProxyRequestSchema>

/** A request for a proxy as the form sent it, checked: each refusal names its field in plain words. */
export function readProxyRequest(input: unknown): Result<ProxyRequest> {
  return parse(ProxyRequestSchema, input)
}

/** How the council checked the relationship, and the scope it grants (at most what was asked for). */
export const ProxyGrantSchema = z.object({
  verification: text('Say how you checked the relationship, for example a phone call to the person', 2000),
  scope: z.enum(proxyScopes, { error: 'Choose what they can do' }),
})
export type ProxyGrant = z.output<typeof ProxyGrantSchema>

/** A reason, for refusing a request or for a practitioner's ending one. */
export const ProxyReasonSchema = z.object({ reason: text('Give a reason', 2000) })

/** The grant, checked: the scope may narrow what the person asked for, never widen it. */
export function readProxyGrant(input: unknown, asked: ProxyScope): Result<ProxyGrant> {
  const parsed = parse(ProxyGrantSchema, input)
  if (!parsed.ok) return parsed
  return proxyScopes.indexOf(parsed.value.scope) > proxyScopes.indexOf(asked)
    ? fail({ path: 'scope', message: 'You cannot grant more than the person asked for' })
    : parsed
}
