import type { DirectoryReviewPrompt } from '@open-sds/support-planning'

/**
 * Supports whose directory service has changed or stopped since it was chosen (issue 17): the plan keeps what was
 * agreed, and the practitioner is asked to review each with the person.
 */
export function DirectoryPrompts({ prompts }: { prompts: readonly DirectoryReviewPrompt[] }) {
  if (prompts.length === 0) return null
  return (
    <div className="govuk-warning-text" id="directory-changes">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        <strong>
          Review {prompts.length === 1 ? 'this support' : 'these supports'} with the person: the service chosen from the
          directory has changed
        </strong>
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
          {prompts.map((prompt) => (
            <li key={prompt.supportId}>
              {prompt.description} ({prompt.serviceName}): {prompt.reason}.
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
