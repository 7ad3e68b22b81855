import type { CombinationView } from './combined-assessments.server'

/**
 * The combined assessments on a page (Care Act s12(5)): for each, the other assessment (a link where there is a page
 * to read it), whether it stands, and each party's agreement. `other` names the side shown as the other assessment: a
 * person's id, on their record, shows whichever side is not theirs.
 */
export function CombinedAssessments({
  combinations,
  other,
  links = true,
}: {
  combinations: readonly CombinationView[]
  other: 'person' | 'carer' | { recordOf: string }
  /** False on a person's own record: the links lead to practitioners' pages. */
  links?: boolean
}) {
  if (combinations.length === 0) return null
  return (
    <>
      <h2 className="govuk-heading-m">Combined assessment</h2>
      {combinations.map((each) => {
        const side = typeof other === 'string' ? other : each.carerPersonId === other.recordOf ? 'person' : 'carer'
        const name = side === 'person' ? `${each.personName}’s assessment` : `${each.carerName}’s carer’s assessment`
        const href = side === 'person' ? each.personAssessmentHref : each.carerAssessmentHref
        return (
          <div key={`${each.carerAssessmentId}-${each.personAssessmentId}`}>
            <p className="govuk-body">
              <strong>{each.combined ? 'Combined' : 'Not combined'}</strong> with{' '}
              {links && href ? (
                <a className="govuk-link" href={href}>
                  {name}
                </a>
              ) : (
                name
              )}
              {side === 'person' && !each.personAssessmentHref ? ' (not yet sent)' : ''}.
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {each.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )
      })}
    </>
  )
}
