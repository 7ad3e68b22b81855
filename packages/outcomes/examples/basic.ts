import { pathToFileURL } from 'node:url'
import type { AttainmentObservation, Cell, Rating } from '@open-sds/outcomes'
import {
  aggregateAttainment,
  composeFrameworks,
  headlineRating,
  nationalFrameworks,
  orderRatings,
  validatePersonalOutcome,
} from '@open-sds/outcomes'

/** A council adds its own framework, a person states an outcome, it is rated, and attainment is published safely. */
export function main() {
  const frameworks = composeFrameworks(nationalFrameworks, [
    {
      id: 'greenfield-goals',
      version: 1,
      title: 'Greenfield living well goals',
      source: 'Greenfield Borough Council, Living Well strategy 2024 to 2027',
      items: [{ id: 'connected', title: 'I feel connected to my community' }],
    },
  ])
  if (!frameworks.ok) throw new Error(JSON.stringify(frameworks.errors))

  const outcome = validatePersonalOutcome(
    {
      id: 'church',
      words: 'I want to get to church every Sunday',
      linkedItems: [
        { frameworkId: 'care-act-wellbeing', itemId: 'relationships' },
        { frameworkId: 'greenfield-goals', itemId: 'connected' },
      ],
    },
    frameworks.value,
  )
  const misspelt = validatePersonalOutcome(
    {
      id: 'walk',
      words: 'Walk to the shops',
      linkedItems: [{ frameworkId: 'care-act-wellbeing', itemId: 'mobility' }],
    },
    frameworks.value,
  )

  const ratings: Rating[] = [
    { outcomeId: 'church', occasion: 'review', date: '2025-03-03', attainment: 'partly', ratedBy: 'practitioner' },
    { outcomeId: 'church', occasion: 'baseline', date: '2024-03-04', attainment: 'not-achieved', ratedBy: 'person' },
    {
      outcomeId: 'church',
      occasion: 'review',
      date: '2025-03-03',
      attainment: 'fully',
      ratedBy: 'person',
      comment: 'Most weeks now',
    },
  ]

  // Twenty people's headline ratings for one item, split by how their budget is delivered.
  const mechanisms = ['direct-payment', 'managed-account'] as const
  const levels = ['fully', 'fully', 'fully', 'partly', 'not-achieved'] as const
  const cohort: AttainmentObservation[] = Array.from({ length: 20 }, (_, n) => ({
    personId: `person-${n}`,
    linkedItems: [{ frameworkId: 'care-act-wellbeing', itemId: 'relationships' }],
    attainment: levels[n % levels.length] ?? 'fully',
    cohort: { deliveryMechanism: mechanisms[n < 14 ? 0 : 1] },
  }))
  const table = aggregateAttainment(cohort, { groupBy: ['deliveryMechanism'] })
  if (!table.ok) throw new Error(JSON.stringify(table.errors))
  const show = (cell: Cell) => (cell.status === 'published' ? String(cell.count) : 'suppressed')

  return {
    frameworks: frameworks.value.map((framework) => framework.id),
    outcome: outcome.ok ? outcome.value.words : outcome.errors,
    misspeltLink: misspelt.ok ? 'accepted' : misspelt.errors.map((issue) => `${issue.path}: ${issue.message}`),
    reviewViews: orderRatings(ratings).map((rating) => `${rating.date} ${rating.ratedBy}: ${rating.attainment}`),
    headline: headlineRating(ratings)?.attainment,
    attainment: table.value.items[0]?.rows.map((row) => ({
      group: row.everyone ? 'everyone' : (row.group['deliveryMechanism'] ?? ''),
      fully: show(row.counts.fully),
      partly: show(row.counts.partly),
      notAchieved: show(row.counts['not-achieved']),
      total: show(row.total),
    })),
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(main(), null, 2))
}
