import type { Framework } from './framework.js'

/*
 * The national frameworks, worded as in their sources. Each is data with a version: if a title is ever
 * corrected, bump the version so ratings made against the old wording can still say which one they used.
 */

export const puttingPeopleFirst: Framework = {
  id: 'putting-people-first',
  version: 1,
  title: 'Putting People First shared outcomes',
  source:
    'Putting People First: a shared vision and commitment to the transformation of adult social care (HM Government concordat, December 2007), section 3.2: people, irrespective of illness or disability, are supported to achieve these outcomes',
  items: [
    { id: 'live-independently', title: 'Live independently' },
    { id: 'stay-healthy', title: 'Stay healthy and recover quickly from illness' },
    {
      id: 'maximum-control',
      title: 'Exercise maximum control over their own life and where appropriate the lives of their family members',
    },
    {
      id: 'sustain-family-unit',
      title: 'Sustain a family unit which avoids children being required to take on inappropriate caring roles',
    },
    { id: 'active-equal-citizens', title: 'Participate as active and equal citizens, both economically and socially' },
    { id: 'quality-of-life', title: 'Have the best possible quality of life, irrespective of illness or disability' },
    { id: 'dignity-and-respect', title: 'Retain maximum dignity and respect' },
  ],
}

export const ourHealthOurCareOurSay: Framework = {
  id: 'our-health-our-care-our-say',
  version: 1,
  title: 'Our health, our care, our say: seven outcomes for social care',
  source:
    'Our health, our care, our say: a new direction for community services (Department of Health white paper, 2006), the seven outcomes for social care as listed in local authority circular LAC (DH) (2008) 1, footnote 15',
  items: [
    { id: 'health-and-emotional-wellbeing', title: 'Improved health and emotional wellbeing' },
    { id: 'quality-of-life', title: 'Improved quality of life' },
    { id: 'positive-contribution', title: 'Making a positive contribution' },
    { id: 'choice-and-control', title: 'Choice and control' },
    { id: 'freedom-from-discrimination', title: 'Freedom from discrimination' },
    { id: 'economic-wellbeing', title: 'Economic wellbeing' },
    { id: 'personal-dignity', title: 'Personal dignity' },
  ],
}

export const careActWellbeing: Framework = {
  id: 'care-act-wellbeing',
  version: 1,
  title: 'Care Act 2014 wellbeing areas',
  source:
    'Care Act 2014, section 1(2): the nine areas of wellbeing, none ranked above another; the local authority starts from the assumption that the person is best placed to judge their own wellbeing (section 1(3))',
  items: [
    {
      id: 'personal-dignity',
      title: 'Personal dignity, including being treated with respect',
      description: 'Care Act 2014, s1(2)(a)',
    },
    {
      id: 'health-and-emotional-wellbeing',
      title: 'Physical and mental health and emotional wellbeing',
      description: 'Care Act 2014, s1(2)(b)',
    },
    { id: 'protection-from-abuse', title: 'Protection from abuse and neglect', description: 'Care Act 2014, s1(2)(c)' },
    {
      id: 'control-over-daily-life',
      title: 'Control over day-to-day life, including over care and support and how it is provided',
      description: 'Care Act 2014, s1(2)(d)',
    },
    {
      id: 'participation',
      title: 'Participation in work, education, training or recreation',
      description: 'Care Act 2014, s1(2)(e)',
    },
    {
      id: 'social-and-economic-wellbeing',
      title: 'Social and economic wellbeing',
      description: 'Care Act 2014, s1(2)(f)',
    },
    {
      id: 'relationships',
      title: 'Domestic, family and personal relationships',
      description: 'Care Act 2014, s1(2)(g)',
    },
    {
      id: 'suitable-accommodation',
      title: 'Suitability of living accommodation',
      description: 'Care Act 2014, s1(2)(h)',
    },
    {
      id: 'contribution-to-society',
      title: "The person's contribution to society",
      description: 'Care Act 2014, s1(2)(i)',
    },
  ],
}

/** Codes match the eligibility domain note, so an assessment's "unable to achieve" answers link straight to these. */
export const careActEligibilityOutcomes: Framework = {
  id: 'care-act-eligibility-outcomes',
  version: 1,
  title: 'Care Act eligibility outcomes for adults',
  source:
    'The Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313), regulation 2(2): the ten outcomes an adult with eligible needs is unable to achieve two or more of',
  items: [
    { id: 'nutrition', title: 'Managing and maintaining nutrition' },
    { id: 'hygiene', title: 'Maintaining personal hygiene' },
    { id: 'toilet', title: 'Managing toilet needs' },
    { id: 'clothing', title: 'Being appropriately clothed' },
    { id: 'home-safety', title: 'Being able to make use of the home safely' },
    { id: 'habitable-home', title: 'Maintaining a habitable home environment' },
    { id: 'relationships', title: 'Developing and maintaining family or other personal relationships' },
    { id: 'work-learning', title: 'Accessing and engaging in work, training, education or volunteering' },
    {
      id: 'community',
      title:
        'Making use of necessary facilities or services in the local community, including public transport and recreational facilities',
    },
    { id: 'caring-for-child', title: 'Carrying out any caring responsibilities for a child' },
  ],
}

/** The frameworks every instance carries; plugins add theirs with `composeFrameworks`. */
export const nationalFrameworks: readonly Framework[] = [
  puttingPeopleFirst,
  ourHealthOurCareOurSay,
  careActWellbeing,
  careActEligibilityOutcomes,
]
