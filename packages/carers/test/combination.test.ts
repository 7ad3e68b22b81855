import { describe, expect, it } from 'vitest'
import { checkCombinedAgreement, combinationOf, type CombinedAssessmentAgreement } from '@open-sds/carers'

const day = (n: number) => new Date(Date.UTC(2026, 10, n))
const carerAgreed: CombinedAssessmentAgreement = { party: 'carer', word: 'agreed', at: day(1) }
const caredForAgreed: CombinedAssessmentAgreement = { party: 'cared-for', word: 'agreed', at: day(2) }

// carers.md §2: an assessment can be combined with the cared-for person's only if both agree (s12(5)).
describe('combinationOf', () => {
  it('is not combined while only the carer has agreed', () => {
    const state = combinationOf([carerAgreed])
    expect(state.combined).toBe(false)
    expect(state.carerAgreedAt).toEqual(day(1))
    expect(state.caredForAgreedAt).toBeNull()
  })

  it('is combined once both agree, with when each agreed', () => {
    expect(combinationOf([carerAgreed, caredForAgreed])).toEqual({
      combined: true,
      carerAgreedAt: day(1),
      caredForAgreedAt: day(2),
      endedAt: null,
    })
  })

  it('ends when either withdraws, saying when', () => {
    const state = combinationOf([carerAgreed, caredForAgreed, { party: 'cared-for', word: 'withdrew', at: day(5) }])
    expect(state.combined).toBe(false)
    expect(state.endedAt).toEqual(day(5))
    expect(state.carerAgreedAt).toEqual(day(1))
  })

  it('stands again when the one who withdrew agrees again', () => {
    const state = combinationOf([
      carerAgreed,
      caredForAgreed,
      { party: 'carer', word: 'withdrew', at: day(5) },
      { party: 'carer', word: 'agreed', at: day(9) },
    ])
    expect(state).toMatchObject({ combined: true, carerAgreedAt: day(9), endedAt: null })
  })
})

describe('checkCombinedAgreement', () => {
  it('refuses withdrawing an agreement never given, naming who', () => {
    const result = checkCombinedAgreement([carerAgreed], { party: 'cared-for', word: 'withdrew' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0]?.message).toBe(
      'The person cared for has not agreed to a combined assessment, so there is nothing to withdraw',
    )
  })

  it('refuses agreeing twice, and takes a first agreement or a withdrawal of one given', () => {
    expect(checkCombinedAgreement([carerAgreed], { party: 'carer', word: 'agreed' }).ok).toBe(false)
    expect(checkCombinedAgreement([carerAgreed], { party: 'cared-for', word: 'agreed' }).ok).toBe(true)
    expect(checkCombinedAgreement([carerAgreed], { party: 'carer', word: 'withdrew' }).ok).toBe(true)
  })
})
