import { expect } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { wordsOf } from './page-html'
import type { RunningPortal } from './portal-process'
import { portalSql } from './portal-sql'
import { signedIn } from './support-plan'

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

/** The finance officer confirms the financial assessment the person sent, so the charge is in force. */
export async function confirmedByFinance(on: RunningPortal, personId: string): Promise<void> {
  const [sent] = await portalSql(
    on,
    "select id from financial_assessments where person_id = ? and status = 'submitted'",
    personId,
  )
  const finance = await signedIn(on, 'finance')
  expect((await finance.submit(`/finance/assessments/${String(sent?.id)}`, { intent: 'confirm' })).status).toBe(302)
}
