import type { Statement, SurveySet } from '@open-sds/plugin-sdk'

/**
 * The statement behind the progress measure "ease of finding information" (the Adult Social Care Survey asks the same
 * thing). Local wording; the portal's progress dashboard counts agreement with questions tied to this id.
 */
export const northmoorStatements: Statement[] = [
  {
    id: 'find-information-and-advice',
    theme: 'Information and advice',
    i: 'I can easily find information and advice about support, services or benefits.',
    we: 'We make information easy to find, in the formats people ask for.',
    wording: 'local',
  },
]

/** Northmoor's yearly experience survey: open to anyone, anonymously, or under your name when signed in. */
export const northmoorSurveySets: SurveySet[] = [
  {
    id: 'northmoor-feedback',
    title: 'Northmoor County Council feedback',
    surveys: [
      {
        id: 'care-experience-2026',
        version: '1',
        title: 'Your care and support: how is it going?',
        easyReadTitle: 'Your support: tell us what you think',
        introduction: 'This takes about 3 minutes. You do not have to give your name.',
        offersEasyRead: true,
        answering: { anonymous: 'open', named: true },
        questions: [
          {
            id: 'find-information',
            type: 'likert',
            scale: 'agreement',
            required: true,
            text: 'I can easily find information and advice about support, services or benefits.',
            easyRead: { text: 'It is easy to find out about support and money.' },
            link: { kind: 'i-statement', statementId: 'find-information-and-advice' },
          },
          {
            id: 'who-to-contact',
            type: 'likert',
            scale: 'agreement',
            required: false,
            text: 'I know what to do and who to contact when things might go wrong.',
            easyRead: { text: 'I know who to call if something goes wrong.' },
            link: { kind: 'i-statement', statementId: 'know-who-to-contact' },
          },
          {
            id: 'support-satisfaction',
            type: 'likert',
            scale: 'satisfaction',
            required: false,
            text: 'How satisfied are you with the care and support you get?',
            easyRead: { text: 'Do you like your support?' },
          },
          {
            id: 'anything-else',
            type: 'free-text',
            required: false,
            maxLength: 2000,
            text: 'Is there anything else you want to tell us?',
            hint: 'Please do not write names. We read every comment before anything is published.',
            easyRead: { text: 'Tell us anything else. Do not write names.' },
          },
        ],
      },
    ],
  },
]
