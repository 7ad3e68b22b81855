import { describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { todayInEngland } from '@open-sds/kernel'
import { PlanSchema } from '@open-sds/support-planning'
import { openPortalDatabase, portalEngines, portalFor } from './support/engines'
import { page, personWithAgreedBudget, text } from './support/support-plan'

// Issue 17, "Planning with it": while building a support plan, the person can choose a service from the directory
// for a support; the plan keeps the service's id and name as they were on that day, with its organisation and
// location ids. A service that is not in the directory, or no longer runs, is refused by name. When the listing
// later changes or the service stops, the practitioner's view of the plan asks them to review that support.

const NORTHMOOR_BEFRIENDERS = 'd1700000-0000-4000-8006-000000000001'
/** The demo directory's one defunct service (seed-directory: n = 7). */
const DEFUNCT = 'd1700000-0000-4000-8006-000000000007'

describe.each(portalEngines())('choosing a directory service for a support on $name', (engine) => {
  const portal = portalFor(engine)
  let rep: PortalClient
  let dana: PortalClient
  let plan: string
  let practitionerPlan: string
  let outcome: string

  const support = (extra: Record<string, string>) => ({
    outcome,
    providerType: 'community-group',
    description: 'A weekly visit from a befriender',
    per: 'week',
    count: '1',
    cost: '0',
    intent: 'add',
    ...extra,
  })

  it('offers the directory’s services, finds them by words, and keeps what was typed while finding', async () => {
    const ready = await personWithAgreedBudget(portal)
    rep = ready.rep
    dana = ready.dana
    plan = `/people/${ready.id}/plan`
    expect((await rep.submit(plan, { intent: 'start' })).status).toBe(302)
    const added = await rep.submit(`${plan}/outcomes`, {
      words: 'I want someone to talk to each week',
      links: 'care-act-eligibility-outcomes/relationships',
      intent: 'add',
    })
    expect(added.status).toBe(302)
    const supports = await page(rep, `${plan}/supports`)
    outcome = /name="outcome" type="radio" value="([^"]+)"/.exec(supports)?.[1] ?? ''
    expect(supports).toContain('Is it a service from the local directory? (optional)')
    expect(supports).toContain(`value="${NORTHMOOR_BEFRIENDERS}"`)
    // A defunct service is not offered.
    expect(supports).not.toContain(`value="${DEFUNCT}"`)

    const found = await rep.submit(`${plan}/supports`, support({ intent: 'find-service', directorySearch: 'memory' }))
    expect(found.status).toBe(200)
    const html = await text(found)
    const offered = [...html.matchAll(/<option value="([^"]+)">([^<]+)<\/option>/g)].map((match) => match[2] ?? '')
    expect(offered.length).toBeGreaterThan(0)
    expect(offered.every((name) => name.includes('Memory Café'))).toBe(true)
    expect(html).toContain('>A weekly visit from a befriender</textarea>')
    expect(html).toContain('value="memory"')
    // Finding saves nothing.
    expect(await page(rep, plan)).not.toContain('A weekly visit from a befriender')
  })

  it('saves the chosen service with its name on that day, and keeps that name when the directory renames it', async () => {
    const saved = await rep.submit(`${plan}/supports`, support({ directoryService: NORTHMOOR_BEFRIENDERS }))
    expect(saved.status).toBe(302)
    expect(await page(rep, `${plan}/supports`)).toContain('from the directory: Northmoor Befrienders')

    const database = await openPortalDatabase(portal)
    try {
      const service = await database.repos.directory.getService(NORTHMOOR_BEFRIENDERS)
      const renamed = await database.repos.directory.putService(
        { ...service, name: 'Northmoor Friends at Home' },
        new Date(),
      )
      expect(renamed.ok).toBe(true)
      const stored = await database.repos.supportPlans.findOpenForPerson(plan.split('/')[2] ?? '')
      const kept = PlanSchema.parse(stored?.versions.at(-1)?.plan).supports.find((each) => each.directoryService)
      expect(kept?.directoryService).toEqual({
        id: NORTHMOOR_BEFRIENDERS,
        name: 'Northmoor Befrienders',
        chosenOn: todayInEngland(new Date()),
        organizationId: service?.organization_id,
        locationIds: [service?.service_at_locations?.[0]?.location_id],
        lastModified: service?.last_modified,
      })
      practitionerPlan = `/practitioner/plans/${stored?.id ?? ''}`
    } finally {
      await database.close()
    }
    const after = await page(rep, `${plan}/supports`)
    expect(after).toContain('from the directory: Northmoor Befrienders')
    // Changing the support's other details keeps the service as it was chosen.
    const supportId = /href="[^"]+\/supports\?support=([^"]+)"/.exec(after)?.[1] ?? ''
    const changed = await rep.submit(
      `${plan}/supports`,
      support({ supportId, directoryService: NORTHMOOR_BEFRIENDERS, count: '2' }),
    )
    expect(changed.status).toBe(302)
    expect(await page(rep, `${plan}/supports`)).toContain('from the directory: Northmoor Befrienders')
  })

  it('asks the practitioner to review a support whose directory service has changed since, and again once it stops', async () => {
    const view = await page(dana, practitionerPlan)
    expect(view).toContain('the service chosen from the directory has changed')
    expect(view).toContain(
      'A weekly visit from a befriender (Northmoor Befrienders): Since it was chosen, its name is now "Northmoor Friends at Home"',
    )
    const database = await openPortalDatabase(portal)
    try {
      const service = await database.repos.directory.getService(NORTHMOOR_BEFRIENDERS)
      expect((await database.repos.directory.putService({ ...service, status: 'defunct' }, new Date())).ok).toBe(true)
    } finally {
      await database.close()
    }
    expect(await page(dana, practitionerPlan)).toContain(
      'A weekly visit from a befriender (Northmoor Befrienders): The directory says it no longer runs.',
    )
  })

  it('refuses a service that is not in the directory, or no longer runs, naming the field and keeping what was typed', async () => {
    for (const directoryService of [DEFUNCT, 'd1700000-0000-4000-8006-999999999999', 'not-an-id']) {
      const refused = await rep.submit(
        `${plan}/supports`,
        support({ description: 'Drop-in on Tuesdays', directoryService }),
      )
      expect(refused.status).toBe(400)
      const html = await text(refused)
      expect(html).toContain(
        '<a href="#directoryService">The service chosen from the directory is not in it, or no longer runs: choose one from the list</a>',
      )
      expect(html).toContain('>Drop-in on Tuesdays</textarea>')
    }
    expect(await page(rep, plan)).not.toContain('Drop-in on Tuesdays')
  })
})
