import { describe, expect, it } from 'vitest'
import { aggregateSurvey, moderateAnswer, type FreeTextResult } from '@open-sds/coproduction'
import { expectErrors, expectOk, now, respond, survey } from './fixtures.js'

const moderator = { moderator: 'engagement-officer', now }

describe('moderation of free text', () => {
  it('publishes or rejects a comment with the moderator and time', () => {
    const response = respond({ 'plan-ahead': 4, 'anything-else': 'The new transport is brilliant' })
    const published = expectOk(moderateAnswer(response, 'anything-else', { state: 'published' }, moderator))
    expect(published.answers[1]).toMatchObject({
      moderation: { state: 'published', moderator: 'engagement-officer', at: now.toISOString() },
    })
    const takenDown = expectOk(
      moderateAnswer(published, 'anything-else', { state: 'rejected', reason: 'Names a member of staff' }, moderator),
    )
    expect(takenDown.answers[1]).toMatchObject({ moderation: { state: 'rejected', reason: 'Names a member of staff' } })
  })

  it('needs a reason to reject, a moderator, and a written answer to moderate', () => {
    const response = respond({ 'plan-ahead': 4, 'anything-else': 'Hello' })
    expect(expectErrors(moderateAnswer(response, 'anything-else', { state: 'rejected' }, moderator))[0]?.path).toBe(
      'decision.reason',
    )
    expect(expectErrors(moderateAnswer(response, 'anything-else', { state: 'pending' }, moderator))[0]?.path).toBe(
      'decision.state',
    )
    expect(
      expectErrors(
        moderateAnswer(response, 'anything-else', { state: 'published' }, { ...moderator, moderator: '' }),
      )[0]?.path,
    ).toBe('moderator')
    expect(expectErrors(moderateAnswer(response, 'plan-ahead', { state: 'published' }, moderator))[0]?.path).toBe(
      'questionId',
    )
  })

  it('only published comments reach public results, in alphabetical order', () => {
    const texts = [
      'Zebra crossing outside is dangerous',
      'Please call me Mrs Smith at 12 High St',
      'Activities are great',
      'Pending one',
    ]
    const responses = texts.map((text) => respond({ 'plan-ahead': 3, 'anything-else': text }))
    const decided = responses.map((response, index) => {
      if (index === 3) return response
      const decision = index === 1 ? { state: 'rejected', reason: 'Identifies the writer' } : { state: 'published' }
      return expectOk(moderateAnswer(response, 'anything-else', decision, moderator))
    })
    const result = aggregateSurvey(survey, decided).questions.find(
      (question) => question.questionId === 'anything-else',
    ) as FreeTextResult
    expect(result.comments).toEqual(['Activities are great', 'Zebra crossing outside is dangerous'])
  })
})
