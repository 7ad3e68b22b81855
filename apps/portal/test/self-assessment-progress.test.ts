import { demoPeople } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'

const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
// On SQLite and, given a test server, on PostgreSQL (decision 021).
describe.each(portalEngines())('$name', (engine) => {
  let portal: RunningPortal
  beforeAll(async () => {
    portal = await engine.start()
  })
  afterAll(async () => {
    await portal?.stop()
  })

  // Issue 19: "The self-assessment's question counter does not change its total." Answering "None" to family support
  // hides the question about a carer's breaks, which made "Question 3 of 24" become "Question 4 of 23".
  describe('where a person is in the self-assessment', () => {
    it('is told against a total that never changes, whatever their answers hide', async () => {
      const client = new PortalClient(portal.url)
      await client.signIn(demoAccount('citizen').email, demoAccount('citizen').password)
      const counters: string[] = []
      await completeSelfAssessment(client, alex, (html) => {
        counters.push(/<p class="govuk-body-s">(Part \d+ of \d+)<\/p>/.exec(html)?.[1] ?? 'no counter')
      })
      expect(counters.length).toBeGreaterThan(10)
      expect(counters).not.toContain('no counter')
      const totals = new Set(counters.map((counter) => counter.split(' of ')[1]))
      expect([...totals]).toEqual(['8'])
      // Parts go forward one by one, never back.
      const parts = counters.map((counter) => Number(/Part (\d+)/.exec(counter)?.[1]))
      expect(parts).toEqual([...parts].sort((a, b) => a - b))
      expect(parts[0]).toBe(1)
      expect(parts.at(-1)).toBe(8)
    })
  })
})
