import { errorFor } from '../../components/ErrorSummary'
import type { SummaryError } from '../../components/ErrorSummary'
import { Radios, Textarea } from '../../components/FormFields'

type Rating = { rater: string; raterRole: string; attainment: string; value: string; comment: string | null }
type Rated = { id: string; words: string; ratings: Rating[]; baseline: Rating[] }

const ratingWords = (rating: Rating) =>
  `${rating.attainment} (${rating.rater.toLowerCase()})${rating.comment ? `, “${rating.comment}”` : ''}`

/** Where the outcome stood at the start, as one line: "At the start: Not achieved (the person)". */
const baselineWords = (outcome: Rated): string | undefined =>
  outcome.baseline.length === 0 ? undefined : `At the start: ${outcome.baseline.map(ratingWords).join('; ')}`

const choices = [
  { value: 'fully', label: 'Fully achieved' },
  { value: 'partly', label: 'Partly achieved' },
  { value: 'not-achieved', label: 'Not achieved' },
]

/** Where the outcome stood at the start, beside the ratings already given in this review, the person's first. */
export function RatingsGiven({ outcome }: { outcome: Rated }) {
  return (
    <dl className="govuk-summary-list">
      {(
        [
          ['At the start', outcome.baseline, 'No starting point recorded'],
          ['At this review', outcome.ratings, 'Not rated yet'],
        ] as const
      ).map(([when, ratings, none]) => (
        <div className="govuk-summary-list__row" key={when}>
          <dt className="govuk-summary-list__key">{when}</dt>
          <dd className="govuk-summary-list__value">
            <RatingList ratings={ratings} none={none} />
          </dd>
        </div>
      ))}
    </dl>
  )
}

function RatingList({ ratings, none }: { ratings: Rating[]; none: string }) {
  if (ratings.length === 0) return <>{none}</>
  return (
    <ul className="govuk-list">
      {ratings.map((rating) => (
        <li key={rating.raterRole}>
          <strong>{rating.rater}:</strong> {rating.attainment}
          {rating.comment ? ` – “${rating.comment}”` : ''}
        </li>
      ))}
    </ul>
  )
}

/** A rating and a comment for each outcome, filled with what was typed or this rater's earlier rating. */
export function RatingFields({
  outcomes,
  raterRole,
  values,
  errors,
  showBaseline = false,
}: {
  outcomes: Rated[]
  raterRole: string
  /** At a review: say beside each outcome where it stood at the start. */
  showBaseline?: boolean
  values: Record<string, string> | undefined
  errors: SummaryError[] | undefined
}) {
  return (
    <>
      {outcomes.map((outcome) => {
        const own = outcome.ratings.find((rating) => rating.raterRole === raterRole)
        return (
          <div key={outcome.id} className="govuk-!-margin-bottom-6">
            <Radios
              name={`rating-${outcome.id}`}
              legend={`“${outcome.words}”`}
              choices={choices}
              value={values ? values[`rating-${outcome.id}`] : own?.value}
              error={errorFor(errors, `rating-${outcome.id}`)}
              {...(showBaseline ? { hint: baselineWords(outcome) ?? 'No starting point was recorded.' } : {})}
              small
            />
            <Textarea
              name={`comment-${outcome.id}`}
              label="Comment (optional)"
              value={values ? values[`comment-${outcome.id}`] : (own?.comment ?? '')}
              error={errorFor(errors, `comment-${outcome.id}`)}
              rows={2}
            />
          </div>
        )
      })}
    </>
  )
}
