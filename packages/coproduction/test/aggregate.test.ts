import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregateSurvey, type LikertResult, type YesNoResult } from '@open-sds/coproduction'
import { planAheadResponses, respond, survey } from './fixtures.js'

const likert = (results: ReturnType<typeof aggregateSurvey>, id = 'plan-ahead') =>
  results.questions.find((question) => question.questionId === id) as LikertResult

describe('aggregateSurvey', () => {
  it('counts, percentages, median and the agree share for a Likert question', () => {
    const result = likert(aggregateSurvey(survey, planAheadResponses([6, 6, 6, 12, 10])))
    expect(result.answered).toEqual({ kind: 'shown', value: 40 })
    expect(result.options.map((option) => option.percent)).toEqual([15, 15, 15, 30, 25])
    expect(result.median).toEqual({ value: 4, label: 'Agree' })
    expect(result.positiveShare).toEqual({ label: 'Agree or strongly agree', percent: 55 })
  })

  it('gives a median between two points when the middle falls between them', () => {
    expect(likert(aggregateSurvey(survey, planAheadResponses([0, 0, 5, 5, 0]))).median).toEqual({
      value: 3.5,
      label: 'between Neither agree nor disagree and Agree',
    })
  })

  it('agreement with an "I" statement is the agree + strongly agree share', () => {
    const results = aggregateSurvey(survey, planAheadResponses([5, 0, 5, 6, 9]))
    expect(results.statements).toEqual([
      { statementId: 'plan-ahead-for-changes', questionIds: ['plan-ahead'], agreePercent: 60 },
    ])
  })

  it('hides a count of 2 and the next smallest, so the 2 cannot be worked out from the total', () => {
    const result = likert(aggregateSurvey(survey, planAheadResponses([2, 7, 9, 10, 12])))
    expect(result.options.map((option) => option.count)).toEqual([
      { kind: 'suppressed', reason: 'small-number' },
      { kind: 'suppressed', reason: 'secondary' },
      { kind: 'shown', value: 9 },
      { kind: 'shown', value: 10 },
      { kind: 'shown', value: 12 },
    ])
    expect(result.options[0]?.percent).toBeNull()
    expect(result.median).toBeNull()
    expect(result.answered).toEqual({ kind: 'shown', value: 40 })
    expect(result.positiveShare.percent).toBe(55)
  })

  it('withholds the agree share when too few agreed, and hides enough for the rest', () => {
    const result = likert(aggregateSurvey(survey, planAheadResponses([8, 9, 10, 3, 0])))
    expect(result.positiveShare.percent).toBeNull()
    expect(result.options[3]?.count).toEqual({ kind: 'suppressed', reason: 'small-number' })
    expect(result.options.filter((option) => option.count.kind === 'suppressed')).toHaveLength(2)
    expect(aggregateSurvey(survey, planAheadResponses([8, 9, 10, 3, 0])).statements[0]?.agreePercent).toBeNull()
  })

  it('hides everything about a question fewer than five people answered', () => {
    const results = aggregateSurvey(survey, planAheadResponses([1, 0, 2, 0, 0]))
    const result = likert(results)
    expect(result.answered).toEqual({ kind: 'suppressed', reason: 'small-number' })
    expect(result.median).toBeNull()
    expect(result.options.every((option) => option.percent === null)).toBe(true)
    expect(results.responses).toEqual({ kind: 'suppressed', reason: 'small-number' })
    expect(results.explanation[0]).toBe(
      'Responses to survey living-well-2026 counted: * (responses to other surveys are left out).',
    )
  })

  it('counts yes/no answers with their link to a provider', () => {
    const responses = [
      ...Array.from({ length: 9 }, () => respond({ 'plan-ahead': 3, 'staff-listen': 'yes' })),
      ...Array.from({ length: 6 }, () => respond({ 'plan-ahead': 3, 'staff-listen': 'no' })),
    ]
    const result = aggregateSurvey(survey, responses).questions.find(
      (question) => question.questionId === 'staff-listen',
    ) as YesNoResult
    expect(result.link).toEqual({ kind: 'provider', providerId: 'agency-7' })
    expect(result.options.map((option) => [option.label, option.count, option.percent])).toEqual([
      ['Yes', { kind: 'shown', value: 9 }, 60],
      ['No', { kind: 'shown', value: 6 }, 40],
    ])
  })

  it('leaves out responses to other surveys', () => {
    const other = { ...respond({ 'plan-ahead': 1 }), surveyId: 'another-survey' }
    const results = aggregateSurvey(survey, [...planAheadResponses([5, 5, 5, 5, 5]), other])
    expect(results.responses).toEqual({ kind: 'shown', value: 25 })
  })
})

describe('aggregation properties', () => {
  const answerSets = fc.array(
    fc.record({
      planAhead: fc.integer({ min: 1, max: 5 }),
      listen: fc.constantFrom<'yes' | 'no' | undefined>('yes', 'no', undefined),
      comment: fc.constantFrom<string | undefined>(undefined, 'Good', 'Bad'),
    }),
    { maxLength: 40 },
  )

  it('publishes no count from 1 to 4, only true counts, and shares and medians that match the answers', () => {
    fc.assert(
      fc.property(answerSets, (sets) => {
        const responses = sets.map((set) =>
          respond({ 'plan-ahead': set.planAhead, 'staff-listen': set.listen, 'anything-else': set.comment }),
        )
        const results = aggregateSurvey(survey, responses)
        const cells = [
          results.responses,
          ...results.questions.flatMap((question) => [
            question.answered,
            ...('options' in question ? question.options.map((option) => option.count) : []),
          ]),
        ]
        for (const cell of cells) if (cell.kind === 'shown') expect(cell.value === 0 || cell.value >= 5).toBe(true)

        const planAhead = likert(results)
        planAhead.options.forEach((option, index) => {
          if (option.count.kind === 'shown')
            expect(option.count.value).toBe(sets.filter((set) => set.planAhead === index + 1).length)
        })
        if (planAhead.positiveShare.percent !== null) {
          expect(planAhead.positiveShare.percent).toBe(
            Math.round((sets.filter((set) => set.planAhead >= 4).length / sets.length) * 100),
          )
        }
        if (planAhead.median !== null) {
          expect(planAhead.options.every((option) => option.count.kind === 'shown')).toBe(true)
          expect(planAhead.median.value).toBeGreaterThanOrEqual(1)
          expect(planAhead.median.value).toBeLessThanOrEqual(5)
        }
        const comments = results.questions.find((question) => question.questionId === 'anything-else')
        expect(comments?.type === 'free-text' ? comments.comments : ['not free text']).toEqual([])
      }),
      { numRuns: 60 },
    )
  })
})
