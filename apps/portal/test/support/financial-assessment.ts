import { expect } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { wordsOf } from './page-html'

/** A financial assessment's answers, step by step, as the person types them. */
export type FinancialSteps = Record<string, Record<string, string>>

/** The person (or whoever acts for them) starts a financial assessment, answers each step and sends it. */
export async function sendFinancialAssessment(client: PortalClient, personId: string, steps: FinancialSteps) {
  const base = `/people/${personId}/financial-assessment`
  expect((await client.submit(base, {})).status).toBe(302)
  for (const [step, fields] of Object.entries(steps)) {
    const saved = await client.submit(`${base}/${step}`, { ...fields, intent: 'continue' })
    expect(saved.status, `${step}: ${wordsOf(await saved.text()).slice(0, 400)}`).toBe(302)
  }
  expect((await client.submit(`${base}/check`, {})).status).toBe(302)
}
