import { carers, type CarersPolicy } from '@open-sds/plugin-sdk'

/**
 * Northmoor's carers' policy (illustrative), different from the default in ways a carer can see:
 * - its carer's self-assessment is the national one with a local question: whether the Northmoor Carers Centre may
 *   get in touch (carers' services are often run by commissioned carers' centres);
 * - a one-off £300.00 for an impact score of 1 or 2, and from 3 a lump sum of £600.00 a year, reviewed yearly
 *   (Hammersmith & Fulham's 12-month lump sum); at most £500.00 one-off or £1,000.00 a year;
 * - a one-off £250.00 wellbeing payment for carers who are not eligible but show a significant impact on wellbeing
 *   (Tower Hamlets);
 * - no charge for carers (the default; most councils do not charge, as Gloucestershire).
 */
const base = carers.DEFAULT_CARER_SELF_ASSESSMENT

export const northmoorCarersPolicy: CarersPolicy = {
  selfAssessment: {
    ...base,
    id: 'northmoor-carers-self-assessment',
    version: 'northmoor-2026.1',
    sections: [
      ...base.sections,
      {
        id: 'carers-centre',
        title: 'Northmoor Carers Centre',
        questions: [
          {
            type: 'yes-no',
            id: 'carers-centre-contact',
            label: 'May the Northmoor Carers Centre get in touch with you about groups and breaks?',
            required: true,
            errorLabel: 'whether the Northmoor Carers Centre may get in touch',
          },
        ],
      },
    ],
  },
  allocations: [
    {
      version: 'northmoor-carers-2026',
      effectiveFrom: '2026-04-01',
      bands: [
        { kind: 'one-off', label: 'Carer’s one-off budget', fromScore: 1, amountPence: 30_000 },
        { kind: 'recurring', label: 'Carer’s yearly budget', fromScore: 3, amountPence: 60_000, per: 'year' },
      ],
      maximumOneOffPence: 50_000,
      maximumAnnualPence: 100_000,
      wellbeingPaymentPence: 25_000,
    },
  ],
  charging: { charges: false },
}
