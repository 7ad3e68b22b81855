import { describe, expect, it } from 'vitest'
import { directoryReviewPrompts, directoryServiceIdsOf, type DirectoryServiceNow, type Plan } from '../src/index.js'
import { joansPlan } from './fixtures.js'

// Issue 17: a plan line bought from the directory keeps the listing as it was; when the listing changes or the
// service stops, the practitioner is asked to review that support.

const cafeId = '0c9a7f52-6a0e-4f8e-8d67-3a1b2c3d4e01'
const chosen = {
  id: cafeId,
  name: 'Moorside Memory Café',
  chosenOn: '2026-11-02',
  organizationId: '9d1e2f30-4b5c-4d6e-8f70-8192a3b4c501',
  locationIds: ['4c5d6e7f-8091-42a3-9b4c-5d6e7f8a9b01'],
  lastModified: '2026-11-02T09:15:30.000Z',
}
const asChosen: DirectoryServiceNow = {
  id: cafeId,
  name: chosen.name,
  status: 'active',
  organizationId: chosen.organizationId,
  locationIds: chosen.locationIds,
  lastModified: chosen.lastModified,
}

function planWithCafe(): Plan {
  const plan = joansPlan()
  const [first, ...rest] = plan.supports
  if (first === undefined) throw new Error('the fixture plan has supports')
  return { ...plan, supports: [{ ...first, directoryService: chosen }, ...rest] }
}

const prompts = (now: DirectoryServiceNow | undefined) =>
  directoryReviewPrompts(planWithCafe(), new Map(now ? [[cafeId, now]] : [])).map(({ change, reason }) => [
    change,
    reason,
  ])

describe('directoryReviewPrompts', () => {
  it('asks nothing while the listing is as it was on the day it was chosen', () => {
    expect(directoryServiceIdsOf(planWithCafe())).toEqual([cafeId])
    expect(prompts(asChosen)).toEqual([])
    expect(directoryReviewPrompts(joansPlan(), new Map())).toEqual([])
  })

  it('asks for a review when the service is withdrawn, stops running or closes for now', () => {
    expect(prompts(undefined)).toEqual([['withdrawn', 'The directory no longer lists it']])
    expect(prompts({ ...asChosen, status: 'defunct' })).toEqual([['withdrawn', 'The directory says it no longer runs']])
    expect(prompts({ ...asChosen, status: 'temporarily closed' })).toEqual([
      ['temporarily closed', 'The directory says it is closed for now'],
    ])
  })

  it('says what changed: its name, who runs it, where, or only that the listing was updated', () => {
    expect(
      prompts({
        ...asChosen,
        name: 'Moorside Dementia Café',
        organizationId: '9d1e2f30-4b5c-4d6e-8f70-8192a3b4c599',
        locationIds: ['4c5d6e7f-8091-42a3-9b4c-5d6e7f8a9b99'],
      }),
    ).toEqual([
      [
        'changed',
        'Since it was chosen, its name is now "Moorside Dementia Café", another organisation runs it, where it runs has changed',
      ],
    ])
    expect(prompts({ ...asChosen, lastModified: '2026-12-01T10:00:00.000Z' })).toEqual([
      ['changed', 'Since it was chosen, its listing has been updated'],
    ])
  })

  it('names the support and the service as the plan keeps them', () => {
    const [prompt] = directoryReviewPrompts(planWithCafe(), new Map())
    const support = planWithCafe().supports[0]
    expect(prompt).toMatchObject({
      supportId: support?.id,
      description: support?.description,
      serviceName: 'Moorside Memory Café',
    })
  })
})
