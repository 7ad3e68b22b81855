// One synthetic enquiry after a concern, as both safeguarding benches make them: most section 42, most asked what the
// person wants, most closed with a risk outcome. The caller's seeded random numbers decide each part.
import type { CountableEnquiry } from '@open-sds/safeguarding'

export type EnquiryDice = {
  random: () => number
  pick: <T>(items: readonly T[]) => T
  /** A day up to 90 days after the one given, within the bench's days. */
  laterDay: (day: string) => string
}

export function syntheticEnquiry(
  receivedOn: string,
  person: CountableEnquiry['person'],
  risk: CountableEnquiry['risk'],
  { random, pick, laterDay }: EnquiryDice,
): CountableEnquiry {
  const openedOn = laterDay(receivedOn)
  const expressed = random() < 0.7
  return {
    kind: random() < 0.95 ? 'section-42' : 'other',
    openedOn,
    person,
    risk,
    desiredOutcomes:
      random() < 0.8
        ? { asked: true, ...(expressed ? { expressed: 'To feel safe' } : {}) }
        : { asked: false, whyNotAsked: 'Not able to be asked' },
    ...(random() < 0.85
      ? {
          closure: {
            closedOn: laterDay(openedOn),
            riskOutcome:
              random() < 0.6
                ? {
                    risk: 'identified' as const,
                    actionTaken: true,
                    action: 'Plan agreed',
                    result: pick(['removed', 'reduced', 'remained'] as const),
                  }
                : { risk: 'none' as const, actionTaken: false },
            ...(expressed ? { outcomesAchieved: pick(['fully', 'partly', 'not'] as const) } : {}),
          },
        }
      : {}),
  }
}
