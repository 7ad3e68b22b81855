import { errorFor } from '../../components/ErrorSummary'
import type { SummaryError } from '../../components/ErrorSummary'
import { Radios, Textarea } from '../../components/FormFields'

type Rated = {
  id: string
  words: string
  ratings: { rater: string; raterRole: string; attainment: string; value: string; comment: string | null }[]
}

const choices = [
  { value: 'fully', label: 'Fully achieved' },
  { value: 'partly', label: 'Partly achieved' },
  { value: 'not-achieved', label: 'Not achieved' },
]

/** The ratings already given in this review, the person's own view first. */
export function RatingsGiven({ outcome }: { outcome: Rated }) {
  if (outcome.ratings.length === 0) return <p className="govuk-body">Not rated yet.</p>
  return (
    <ul className="govuk-list">
      {outcome.ratings.map((rating) => (
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
}: {
  outcomes: Rated[]
  raterRole: string
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
