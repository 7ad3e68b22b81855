/**
 * Making it Real (Think Local Act Personal, 2018): "I" statements written by people who draw on care
 * and support, each paired with a "We" statement of what organisations do to make it true. Only the
 * themes and two statements from the domain note are carried here, marked for how sure we are; a
 * council or user-led organisation adds the full set as plugin data, keyed by statement id.
 */
export const makingItReal = {
  source: 'Think Local Act Personal, Making it Real (2018), makingitreal.org.uk',
  themes: [
    { id: 'wellbeing-and-independence', label: 'Wellbeing and independence', verified: false },
    { id: 'information-and-advice', label: 'Information and advice', verified: false },
    { id: 'active-and-supportive-communities', label: 'Active and supportive communities', verified: false },
    {
      id: 'flexible-and-integrated-care-and-support',
      label: 'Flexible and integrated care and support',
      verified: false,
    },
    { id: 'when-things-need-to-change', label: 'When things need to change', verified: true },
    { id: 'workforce', label: 'Workforce', verified: false },
  ],
  /** Paraphrased in the domain note, not quoted: check the wording against the source before publishing. */
  statements: [
    {
      id: 'plan-ahead-for-changes',
      themeId: 'when-things-need-to-change',
      i: 'I am supported to plan ahead for changes I can anticipate.',
      we: 'We help people plan for important life changes so they have time to decide.',
      wording: 'paraphrased',
    },
    {
      id: 'know-who-to-contact',
      themeId: 'when-things-need-to-change',
      i: 'I know what to do and who to contact when things might go wrong.',
      wording: 'paraphrased',
    },
  ],
} as const

export type MakingItRealStatement = (typeof makingItReal.statements)[number]
