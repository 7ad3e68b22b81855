import type { Agreement } from '@open-sds/direct-payments'

// Words for the package's codes, shown on pages and in forms.
export const ACCOUNT_LABELS: Record<Agreement['account']['type'], string> = {
  'own-bank-account': 'Their own bank account',
  'prepaid-card': 'A prepaid card',
  'managed-account': 'A managed account with a provider',
  'individual-service-fund': 'An individual service fund with a provider',
}
export const RECIPIENT_LABELS: Record<Agreement['recipient']['role'], string> = {
  'the-person': 'The person',
  'nominated-person': 'A person they nominate',
  'authorised-person': 'An authorised person (the person lacks capacity)',
}

/** How many spend lines the return form offers. */
export const SPEND_ROWS = 5

/** The return page's field for a spend line: `line1`, `line2`, … */
export const lineField = (index: number) => `line${String(index + 1)}`
