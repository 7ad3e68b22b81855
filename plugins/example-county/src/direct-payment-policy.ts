import { directPayments, type DirectPaymentPolicy } from '@open-sds/plugin-sdk'

/**
 * Northmoor's direct-payment policy (illustrative), different from the default in ways a person can see:
 * - paid monthly in advance, on calendar months (Gloucestershire pays the plan amount monthly);
 * - up to 8 weeks of the payment may be held (the upper figure Haringey and Sefton give) and only the balance above
 *   8 weeks is a surplus to act on (St Helens reclaims a surplus over 8 weeks), so nothing within 8 weeks is recovered;
 * - returns every six months (lighter than the quarterly default, as Central Bedfordshire's light-touch monitoring);
 * - £61 a year for employer's liability insurance added for people who employ personal assistants (Shropshire);
 * - statements from its card provider with day-first dates and money in and out in two columns.
 */
export const northmoorDirectPaymentPolicy: DirectPaymentPolicy = {
  ...directPayments.DEFAULT_DIRECT_PAYMENT_POLICY,
  frequency: 'monthly',
  timing: 'in-advance',
  contingencyWeeks: 8,
  surplusThresholdWeeks: 8,
  returnFrequency: 'six-monthly',
  allowances: [
    {
      id: 'employers-liability-insurance',
      label: "Employer's liability insurance",
      pence: 6_100,
      per: 'year',
      onlyForPersonalAssistantEmployers: true,
    },
  ],
  cardStatementFormat: {
    name: 'Northmoor prepaid card export',
    dateColumn: 'Transaction Date',
    dateFormat: 'DD/MM/YYYY',
    descriptionColumn: 'Merchant',
    amount: { kind: 'in-and-out', inColumn: 'Credit', outColumn: 'Debit' },
    balanceColumn: 'Balance',
  },
}
