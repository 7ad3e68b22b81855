import { hoursCaringBands } from './value-lists.js'

export type HoursCaringBand = keyof (typeof hoursCaringBands)['codes']

const isBand = (value: string | undefined): value is HoursCaringBand =>
  value !== undefined && Object.hasOwn(hoursCaringBands.codes, value)

/**
 * The Total_Hrs_Caring_per_week band for the hours a carer says they care in a week (0-19, 20-34, 35-49, 50 or more);
 * no answer, or one that is not a number of hours, is 'unknown' (the return keeps carers whose hours are not known).
 * A council whose questionnaire offers choices instead of a number gives the band of each choice's value in `choices`.
 */
export function hoursCaringBandOf(hours: unknown, choices: Readonly<Record<string, string>> = {}): HoursCaringBand {
  if (typeof hours === 'string') {
    const band = choices[hours]
    return isBand(band) ? band : 'unknown'
  }
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) return 'unknown'
  if (hours < 20) return '0-19'
  if (hours < 35) return '20-34'
  if (hours < 50) return '35-49'
  return '50-plus'
}
