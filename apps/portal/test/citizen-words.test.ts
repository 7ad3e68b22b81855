import * as charging from '@open-sds/charging'
import * as coproduction from '@open-sds/coproduction'
import * as db from '@open-sds/db'
import { auditActions, demoPeople } from '@open-sds/db'
import * as outcomes from '@open-sds/outcomes'
import * as questionnaire from '@open-sds/questionnaire'
import * as ras from '@open-sds/ras'
import * as safeguarding from '@open-sds/safeguarding'
import * as supportPlanning from '@open-sds/support-planning'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { startPortal, type RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'

// Issue 19, "one truth per page": nothing internal reaches a citizen. Every enum value in the packages' schemas that
// reads as code (written with a hyphen, like `agreed-with-conditions` or `the-person`), every audit code, rule ids
// and the rate table's "unverified" must not appear in the words of any page a citizen or a representative can reach
// from their home page.
function enumValues(module: Record<string, unknown>): string[] {
  const strings = (list: unknown): string[] =>
    Array.isArray(list) && list.every((item) => typeof item === 'string') ? list : []
  // A zod enum's options, or a list of values exported as it is (`positiveRiskOutcomes`).
  return Object.values(module).flatMap((value) => [
    ...strings((value as { options?: unknown } | null)?.options),
    ...strings(value),
  ])
}

// Hyphenated values that are plain English, as GOV.UK and the Care Act write them.
const english = new Set(['self-neglect', 'self-assessment', 'short-term', 'long-term', 'day-to-day'])

const codeLike = [
  ...new Set(
    [charging, coproduction, db, outcomes, questionnaire, ras, safeguarding, supportPlanning]
      .flatMap((module) => enumValues(module as Record<string, unknown>))
      .filter((value) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(value) && !english.has(value)),
  ),
]
// A positive risk's outcome is a literal in a union, not an enum: named as the issue names it.
const forbidden = [
  ...codeLike,
  'agreed-with-conditions',
  ...auditActions,
  'unverified',
  'charging-rules-',
  'rules version',
]

/** The words a person reads on a page: its title and text, without markup, scripts or attribute values. */
function visibleWords(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
}

/** Every page reachable by following links from /my-care, on this site, GET only. */
async function walk(client: PortalClient, limit = 80): Promise<Map<string, string>> {
  const seen = new Map<string, string>()
  const queue = ['/my-care']
  while (queue.length > 0 && seen.size < limit) {
    const path = queue.shift() ?? ''
    if (seen.has(path)) continue
    const response = await client.get(path)
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('text/html')) {
      seen.set(path, '')
      continue
    }
    const html = await response.text()
    seen.set(path, visibleWords(html))
    for (const [, href = ''] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)[^"]*"/g))
      if (!seen.has(href) && !/sign-out|\/evidence\/|\.csv$|\/pages\//.test(href)) queue.push(href)
  }
  return seen
}

let portal: RunningPortal

beforeAll(async () => {
  portal = await startPortal()
})

afterAll(async () => {
  await portal?.stop()
})

describe("the citizen's pages of the demo show no internal words", () => {
  it('lists enough code words to be a real check', () => {
    expect(forbidden).toEqual(
      expect.arrayContaining(['agreed-with-conditions', 'the-person', 'financial-assessment.submit']),
    )
  })

  for (const key of ['citizen', 'representative'] as const) {
    it(`as the demo ${key}, after a self-assessment`, async () => {
      const client = new PortalClient(portal.url)
      const account = demoAccount(key)
      expect((await client.signIn(account.email, account.password)).status).toBe(302)
      const person = demoPeople.find((candidate) => candidate.key === (key === 'citizen' ? 'alex' : 'priya'))?.id ?? ''
      await completeSelfAssessment(client, person)
      const pages = await walk(client)
      expect(pages.size).toBeGreaterThan(8)
      expect([...pages.keys()]).toContain(`/people/${person}/budget`)
      const found = [...pages].flatMap(([path, words]) =>
        forbidden.filter((word) => words.toLowerCase().includes(word.toLowerCase())).map((word) => `${path}: ${word}`),
      )
      expect(found).toEqual([])
    })
  }
})
