import { pathToFileURL } from 'node:url'
import {
  aggregateSurvey,
  createYouSaidWeDid,
  defineSurvey,
  ladderSummary,
  moderateAnswer,
  recordActivity,
  redeemToken,
  submitResponse,
  type LikertResult,
  type Result,
  type SurveyResponse,
} from '@open-sds/coproduction'

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))
  return result.value
}

export function main() {
  const now = new Date('2026-05-12T10:00:00Z')

  const survey = must(
    defineSurvey({
      id: 'living-well-2026',
      version: '1',
      title: 'Living well with support',
      questions: [
        {
          id: 'plan-ahead',
          type: 'likert',
          scale: 'agreement',
          text: 'I am supported to plan ahead for changes I can anticipate.',
          easyRead: { text: 'People help me get ready for changes.' },
          link: { kind: 'i-statement', statementId: 'plan-ahead-for-changes' },
          required: true,
        },
        { id: 'anything-else', type: 'free-text', text: 'Is there anything else you want to tell us?' },
      ],
    }),
  )

  // A one-time link from a letter: good once, then "This link has already been used".
  const link = must(redeemToken({ surveyId: survey.id, expiresAt: '2026-06-30T23:59:59Z' }, { now }))
  const again = redeemToken(link, { now })

  // 23 people answer; two of them strongly disagree (a small number that must not be published).
  const answers = [1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5]
  let responses: SurveyResponse[] = answers.map((value, index) =>
    must(
      submitResponse(
        survey,
        {
          kind: 'anonymous',
          variant: index % 4 === 0 ? 'easy-read' : 'standard',
          answers: {
            'plan-ahead': value,
            ...(index === 0 ? { 'anything-else': 'I never know who to call when my PA is off sick.' } : {}),
          },
        },
        { now },
      ),
    ),
  )
  // The comment is read by a moderator before it can appear in public.
  responses = responses.map((response, index) =>
    index === 0
      ? must(
          moderateAnswer(response, 'anything-else', { state: 'published' }, { moderator: 'engagement-officer', now }),
        )
      : response,
  )
  const results = aggregateSurvey(survey, responses)
  const planAhead = results.questions[0] as LikertResult

  const action = must(
    createYouSaidWeDid(
      {
        id: 'cover-when-pa-off',
        theme: 'When things need to change',
        whatPeopleSaid: 'People do not know who to call when their personal assistant is off sick.',
        action: 'A named contingency contact in every support plan, and a card with the number',
        owner: 'Self-directed support team',
        raisedOn: '2026-05-12',
        raisedThrough: { surveyId: survey.id },
      },
      { now, actor: 'engagement-officer' },
    ),
  )
  const workshop = must(
    recordActivity({
      id: 'contingency-card-workshop',
      title: 'Designing the contingency card',
      heldOn: '2026-05-20',
      kind: 'co-design-session',
      participants: [
        { role: 'people-who-draw-on-care-and-support', count: 7 },
        { role: 'council-staff', count: 2 },
      ],
      decisions: ['Card is wallet-sized, with an Easy Read side'],
      rung: 'co-design',
      rungReason: 'People designed the card with staff; the council decided on funding',
    }),
  )

  return {
    linkUsedTwice: again.ok ? 'redeemed twice' : again.errors[0]?.message,
    responses: results.responses,
    planAhead: {
      counts: planAhead.options.map(
        (option) =>
          `${option.label}: ${option.count.kind === 'shown' ? String(option.count.value) : results.suppression.symbol}`,
      ),
      median: planAhead.median?.label,
      agree: planAhead.positiveShare.percent,
    },
    statements: results.statements,
    comments: results.questions[1]?.type === 'free-text' ? results.questions[1].comments : [],
    youSaidWeDid: { theme: action.theme, status: action.status.state },
    highestRung: ladderSummary([workshop]).highest,
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(main(), null, 2))
}
