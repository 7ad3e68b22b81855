import { safeguarding, type RiskMatrix } from '@open-sds/plugin-sdk'

/**
 * Northmoor's own matrix: the same 5 x 5 likelihood x impact scales as the national default, but four bands instead
 * of three, so that a risk in the middle is talked through rather than pushed into amber or red. It differs from the
 * default on purpose, to show that the bands are the council's choice. Illustrative only: not any council's policy.
 */
export const northmoorRiskMatrix: RiskMatrix = {
  id: 'northmoor-positive-risk',
  version: '2026-04',
  name: 'Northmoor positive risk-taking matrix (5 x 5, four bands)',
  source:
    'Illustrative: Northmoor County Council (fictional), adult social care positive risk-taking guidance, April 2026',
  likelihood: safeguarding.numberedScale('Likelihood', [
    'Very unlikely',
    'Unlikely',
    'Could happen',
    'Likely',
    'Very likely',
  ]),
  impact: safeguarding.numberedScale('Impact', ['Very small', 'Small', 'Noticeable', 'Serious', 'Very serious']),
  score: 'product',
  thresholds: [
    { label: 'Low: the person decides', colour: 'green', hex: '#00703c', min: 1, max: 4 },
    { label: 'Moderate: agree how it is reduced', colour: 'yellow', hex: '#8a6d00', min: 5, max: 9 },
    { label: 'High: agree it with the practitioner', colour: 'amber', hex: '#b84c00', min: 10, max: 15 },
    { label: 'Very high: agree it with a senior practitioner', colour: 'red', hex: '#d4351c', min: 16, max: 25 },
  ],
}
