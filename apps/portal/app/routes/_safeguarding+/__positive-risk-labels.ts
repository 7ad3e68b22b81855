import { whoseRiskLabels } from '@open-sds/safeguarding'
import { choicesFrom } from '~/components/FormFields'

/** Whose risk it is, as radio choices, in the safeguarding package's words. */
export const WHOSE_RISK = choicesFrom(whoseRiskLabels)

/** GOV.UK tag colours for a rating's colour name; anything unknown is shown grey with its label. */
export const TAG_CLASS: Record<string, string> = {
  green: 'govuk-tag--green',
  yellow: 'govuk-tag--yellow',
  amber: 'govuk-tag--orange',
  orange: 'govuk-tag--orange',
  red: 'govuk-tag--red',
}
