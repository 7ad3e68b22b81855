import { describe, expect, it } from 'vitest'
import { PlanCostingSchema, PlanRecordSchema, PlanSchema, costPlan, jsonSchemas } from '../src/index.js'
import { activeRecord, joansPlan } from './fixtures.js'
import { schemaProblems } from '../../../test/support/json-schema-subset.ts'

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('JSON Schema export (the contract for the portal’s plan download)', () => {
  it('requires the plan’s sections, and a support’s cost, outcome and frequency', () => {
    expect(jsonSchemas.plan['required']).toEqual([
      'people',
      'outcomes',
      'supports',
      'funding',
      'risksIChooseToTake',
      'contingencyPlan',
      'reviewDate',
    ])
    const supportItems = (jsonSchemas.plan['properties'] as Record<string, { items: { required: string[] } }>)[
      'supports'
    ]?.items
    expect(supportItems?.required).toEqual([
      'id',
      'outcomeId',
      'providerType',
      'description',
      'frequency',
      'unitCostPence',
    ])
  })

  it('a costed example plan serialised to JSON validates against the exported schemas and round-trips through zod', () => {
    const plan = joansPlan()
    const costing = costPlan(plan)
    const download = asJson({ plan, costing })
    const { plan: planJson, costing: costingJson } = download as { plan: unknown; costing: unknown }
    expect(schemaProblems(jsonSchemas.plan, planJson)).toEqual([])
    expect(schemaProblems(jsonSchemas.planCosting, costingJson)).toEqual([])
    expect(PlanSchema.parse(planJson)).toEqual(plan)
    expect(PlanCostingSchema.parse(costingJson)).toEqual(costing)
  })

  it('a plan record with its history validates too', () => {
    const record = activeRecord()
    const json = asJson(record)
    expect(schemaProblems(jsonSchemas.planRecord, json)).toEqual([])
    expect(PlanRecordSchema.parse(json)).toEqual(record)
  })

  it('the checker catches what the schema forbids, so the checks above can fail', () => {
    const plan = asJson(joansPlan()) as { supports: { unitCostPence: number }[]; surprise?: boolean }
    const first = plan.supports[0]
    if (first) first.unitCostPence = -1
    plan.surprise = true
    expect(schemaProblems(jsonSchemas.plan, plan)).toEqual([
      '$.supports[0].unitCostPence: below minimum',
      '$.surprise: not allowed',
    ])
  })
})
