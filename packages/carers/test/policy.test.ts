import { describe, expect, it } from 'vitest'
import { validateDefinition } from '@open-sds/questionnaire'
import { CarersPolicySchema, DEFAULT_CARERS_POLICY, DEFAULT_CARER_SELF_ASSESSMENT } from '@open-sds/carers'

describe('CarersPolicySchema', () => {
  it('is the default policy when empty: the national self-assessment, the default allocation, no charge', () => {
    expect(CarersPolicySchema.parse({})).toEqual(DEFAULT_CARERS_POLICY)
    expect(validateDefinition(DEFAULT_CARER_SELF_ASSESSMENT).ok).toBe(true)
  })

  it('refuses a self-assessment whose condition looks at a question that is not there, naming the place', () => {
    const broken = structuredClone(DEFAULT_CARER_SELF_ASSESSMENT)
    const question = broken.sections[0]?.questions[0]
    if (question === undefined) throw new Error('no question')
    question.showWhen = { op: 'answered', question: 'nowhere' }
    const result = CarersPolicySchema.safeParse({ selfAssessment: broken })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path.slice(0, 3)).toEqual(['selfAssessment', 'sections', '0'])
  })

  it('refuses two allocation tables from the same day, and a charging policy without its taper', () => {
    const table = DEFAULT_CARERS_POLICY.allocations[0]
    const twice = CarersPolicySchema.safeParse({ allocations: [table, table] })
    const noTaper = CarersPolicySchema.safeParse({ charging: { charges: true, weeklyAllowancePence: 0 } })
    expect(twice.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['allocations.1.effectiveFrom'])
    expect(noTaper.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['charging.taperPercent'])
  })

  it('takes a mapping of the council’s own hours question to the return’s bands, and refuses one its questionnaire lacks', () => {
    const asked = CarersPolicySchema.safeParse({ hoursCaring: { questionId: 'hours-caring' } })
    expect(asked.success && asked.data.hoursCaring).toEqual({ questionId: 'hours-caring', answers: {} })
    const missing = CarersPolicySchema.safeParse({ hoursCaring: { questionId: 'weekly-hours' } })
    expect(missing.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['hoursCaring.questionId', 'The self-assessment has no question "weekly-hours" for the hours caring a week'],
    ])
    const badBand = CarersPolicySchema.safeParse({
      hoursCaring: { questionId: 'hours-caring', answers: { lots: 'forty' } },
    })
    expect(badBand.error?.issues[0]?.message).toBe("Each answer's band must be one of 0-19, 20-34, 35-49, 50-plus")
  })
})
