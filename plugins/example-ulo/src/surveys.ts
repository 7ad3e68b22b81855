import type { Statement, SurveySet } from '@open-sds/plugin-sdk'

/**
 * Riverside's own statements. Written by its members, so marked local: they are in the spirit of Making it Real, not
 * TLAP's words. The portal's progress dashboard reads "ease of finding information" from answers to questions tied to
 * `find-information-and-advice`.
 */
export const statements: Statement[] = [
  {
    id: 'find-information-and-advice',
    theme: 'Information and advice',
    i: 'I can easily find information and advice about support, services or benefits.',
    we: 'We make information easy to find, in the formats people ask for.',
    wording: 'local',
  },
  {
    id: 'feel-heard',
    theme: 'Active and supportive communities',
    i: 'I feel heard by people who understand what my life is like.',
    wording: 'local',
  },
]

/** The yearly Making it Real style survey (open to anyone, anonymously) and the peer-support questionnaire (by one-time link). */
export const surveySets: SurveySet[] = [
  {
    id: 'riverside-voice',
    title: 'Riverside Disability Voice surveys',
    description: 'What our members tell us about their support, checked in the open and published back to them.',
    surveys: [
      {
        id: 'making-it-real-2026',
        version: '1',
        title: 'Making it Real: how is your support going?',
        easyReadTitle: 'Your support: tell us how it is going',
        introduction: 'Tell us how far these statements are true for you. You do not have to give your name.',
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
            id: 'plan-ahead',
            required: false,
            type: 'likert',
            scale: 'agreement',
            text: 'I am supported to plan ahead for changes I can anticipate.',
            easyRead: { text: 'People help me get ready for changes.' },
            link: { kind: 'i-statement', statementId: 'plan-ahead-for-changes' },
          },
          {
            id: 'who-to-contact',
            required: false,
            type: 'likert',
            scale: 'agreement',
            text: 'I know what to do and who to contact when things might go wrong.',
            easyRead: { text: 'I know who to call if something goes wrong.' },
            link: { kind: 'i-statement', statementId: 'know-who-to-contact' },
          },
          {
            id: 'in-control',
            required: false,
            type: 'yes-no',
            text: 'Do you feel in control of your support?',
            easyRead: { text: 'Do you choose your support?' },
          },
          {
            id: 'anything-else',
            required: false,
            type: 'free-text',
            text: 'Is there anything else you want to tell us?',
            hint: 'Please do not write names. We read every comment before anything is published.',
            easyRead: { text: 'Tell us anything else. Do not write names.' },
            maxLength: 2000,
          },
        ],
      },
      {
        id: 'peer-support-2026',
        version: '1',
        title: 'Peer-support group questionnaire',
        easyReadTitle: 'Our peer-support group: what do you think?',
        offersEasyRead: true,
        answering: { anonymous: 'one-time-link', named: true },
        questions: [
          {
            id: 'group-satisfaction',
            type: 'likert',
            scale: 'satisfaction',
            required: true,
            text: 'How satisfied are you with the peer-support group?',
            easyRead: { text: 'Do you like the group?' },
            link: { kind: 'service', serviceId: 'riverside-peer-support', name: 'Riverside peer-support group' },
          },
          {
            id: 'feel-heard',
            required: false,
            type: 'likert',
            scale: 'agreement',
            text: 'I feel heard by people who understand what my life is like.',
            easyRead: { text: 'People in the group listen to me.' },
            link: { kind: 'i-statement', statementId: 'feel-heard' },
          },
          {
            id: 'met-people',
            required: false,
            type: 'yes-no',
            text: 'Have you met people through the group you would not have met otherwise?',
            easyRead: { text: 'Did you make new friends at the group?' },
          },
          {
            id: 'what-would-help',
            required: false,
            type: 'free-text',
            text: 'What would make the group better for you?',
            easyRead: { text: 'How can we make the group better?' },
            maxLength: 2000,
          },
        ],
      },
    ],
  },
]
