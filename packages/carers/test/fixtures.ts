import type { CarerEligibilityFindings } from '@open-sds/carers'

/** Findings where every condition holds through one outcome only, with reasons for each. */
export const oneOutcomeFindings = (): CarerEligibilityFindings => ({
  necessaryCare: { met: true, reason: 'She helps her husband wash, dress and take his medicines every day' },
  health: { atRisk: false, reason: 'She reports no change in her own health' },
  outcomes: { unableToAchieve: ['recreation'], how: 'She has not been to her choir for a year: she cannot leave him' },
  wellbeing: { met: true, impact: 'She feels isolated and low, and says she is losing herself' },
})
