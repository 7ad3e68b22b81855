/** Words shown for a positive risk assessment's coded fields, on the server and in the page. */
export const WHOSE_RISK = [
  { value: 'the-person', label: 'Mine (the person’s)' },
  { value: 'carer-or-family', label: 'A carer or family member’s' },
  { value: 'other-people', label: 'Other people’s' },
  { value: 'staff', label: 'Staff’s' },
  { value: 'the-organisation', label: 'The organisation’s' },
]

/** GOV.UK tag colours for a rating's colour name; anything unknown is shown grey with its label. */
export const TAG_CLASS: Record<string, string> = {
  green: 'govuk-tag--green',
  yellow: 'govuk-tag--yellow',
  amber: 'govuk-tag--orange',
  orange: 'govuk-tag--orange',
  red: 'govuk-tag--red',
}
