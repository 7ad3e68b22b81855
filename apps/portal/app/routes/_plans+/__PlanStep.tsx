import type { ReactNode } from 'react'
import type { PlanView } from './plan-view.server'
import { BudgetCheckPanel } from './__BudgetCheckPanel'
import { ErrorSummary } from '../../components/ErrorSummary'
import type { SummaryError } from '../../components/ErrorSummary'
import { SaveOrContinueButtons } from '~/components/SaveOrContinueButtons'

type Props = {
  plan: PlanView
  base: string
  heading: string
  errors: SummaryError[] | undefined
  needsReview: string[] | null | undefined
  children: ReactNode
}

/**
 * The frame of every step of the plan: where it stands, the budget check worked out again from the last save, and,
 * for an active plan, why a change cannot be made without the council.
 */
export function PlanStep({ plan, base, heading, errors, needsReview, children }: Props) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={base} className="govuk-back-link">
          Back to the plan
        </a>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Support plan for {plan.person}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <BudgetCheckPanel plan={plan} />
        {needsReview && needsReview.length > 0 ? (
          <div className="govuk-warning-text" id="needs-review">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <div className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              This change needs the council to agree it, so it has not been recorded yet:
              <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
                {needsReview.map((reason, index) => (
                  <li key={index}>{reason}</li>
                ))}
              </ul>
              You can move money between the supports for one outcome yourself, as long as the plan costs no more. To
              make this change, send it to the council for review: a practitioner will agree it or say what to change,
              and the plan you have now stays in force until then.
            </div>
          </div>
        ) : null}
        {plan.editable ? (
          children
        ) : (
          <div className="govuk-inset-text">
            This plan is {plan.stateLabel.toLowerCase()}, so it cannot be changed just now.{' '}
            <a className="govuk-link" href={base}>
              Go back to the plan
            </a>
            .
          </div>
        )}
      </div>
    </div>
  )
}

/** The buttons at the foot of each step: save and go on, save and come back later, and (when a change needs it) send it for review. */
export function StepButtons({
  needsReview,
  continueLabel = 'Save and continue',
}: {
  needsReview: string[] | null | undefined
  continueLabel?: string
}) {
  return <SaveOrContinueButtons continueLabel={continueLabel} sendForReview={(needsReview?.length ?? 0) > 0} />
}

/**
 * Put first in a form whose first visible submit button is not its main action (the supports step's "Find
 * services"): pressing Enter in a field submits with the form's first submit button, so this makes Enter save and
 * continue, as the main button at the end does, with or without JavaScript. Unseen and out of the tab order, and
 * hidden from assistive technology: the same action is the form's visible main button.
 */
export function EnterContinues({ needsReview }: { needsReview: string[] | null | undefined }) {
  return (
    <button
      type="submit"
      name="intent"
      value={(needsReview?.length ?? 0) > 0 ? 'send-for-review' : 'continue'}
      className="govuk-visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
    >
      Save and continue
    </button>
  )
}
