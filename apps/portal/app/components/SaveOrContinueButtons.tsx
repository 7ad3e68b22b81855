/**
 * The buttons at the foot of every step of a long form (self-assessment, financial assessment, support plan): go on
 * (or, where a change needs the council's agreement, send it for review), or save and come back later. The route's
 * action tells them apart by `intent`.
 */
export function SaveOrContinueButtons({
  continueLabel = 'Continue',
  sendForReview = false,
}: {
  continueLabel?: string
  sendForReview?: boolean
}) {
  return (
    <div className="govuk-button-group">
      {sendForReview ? (
        <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="send-for-review">
          Send this change to the council for review
        </button>
      ) : (
        <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="continue">
          {continueLabel}
        </button>
      )}
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        name="intent"
        value="save-and-leave"
      >
        Save and come back later
      </button>
    </div>
  )
}

/** Said above a step's questions when someone answers on another person's behalf. */
export function AnsweringFor({ name }: { name: string | null | undefined }) {
  return name ? <p className="govuk-body-s">You are answering for {name}.</p> : null
}
