import { defineSurvey, submitResponse, type Result, type Survey, type SurveyResponse } from '@open-sds/coproduction'

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got: ${JSON.stringify(result.errors)}`)
  return result.value
}

export function expectErrors<T>(result: Result<T>) {
  if (result.ok) throw new Error(`Expected errors, got: ${JSON.stringify(result.value)}`)
  return result.errors
}

export const now = new Date('2026-05-12T10:00:00Z')

export const survey: Survey = expectOk(
  defineSurvey({
    id: 'living-well-2026',
    version: '1',
    title: 'Living well with support',
    easyReadTitle: 'Your support and your life',
    offersEasyRead: true,
    questions: [
      {
        id: 'plan-ahead',
        type: 'likert',
        scale: 'agreement',
        text: 'I am supported to plan ahead for changes I can anticipate.',
        easyRead: {
          text: 'People help me get ready for changes.',
          image: { src: 'calendar.png', alt: 'A calendar with a date circled' },
        },
        link: { kind: 'i-statement', statementId: 'plan-ahead-for-changes' },
        required: true,
      },
      {
        id: 'day-service',
        type: 'likert',
        scale: 'satisfaction',
        text: 'How satisfied are you with the day service?',
        easyRead: { text: 'Do you like the day service?' },
        link: { kind: 'service', serviceId: 'day-service-north', name: 'North day service' },
      },
      {
        id: 'staff-listen',
        type: 'yes-no',
        text: 'Do staff at your care agency listen to you?',
        easyRead: { text: 'Do the staff listen to you?' },
        link: { kind: 'provider', providerId: 'agency-7' },
      },
      {
        id: 'anything-else',
        type: 'free-text',
        text: 'Is there anything else you want to tell us?',
        easyRead: { text: 'Tell us anything else.' },
        maxLength: 500,
      },
    ],
  }),
)

export const respond = (answers: Record<string, unknown>, kind: 'anonymous' | 'named' = 'anonymous'): SurveyResponse =>
  expectOk(
    submitResponse(survey, kind === 'named' ? { kind, respondentId: 'person-42', answers } : { kind, answers }, {
      now,
    }),
  )

/** `counts[i]` people answer `plan-ahead` with i + 1. */
export const planAheadResponses = (counts: number[]): SurveyResponse[] =>
  counts.flatMap((count, index) => Array.from({ length: count }, () => respond({ 'plan-ahead': index + 1 })))
