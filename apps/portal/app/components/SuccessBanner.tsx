import { useId, type ReactNode } from 'react'

/** GOV.UK's success notification banner: what just happened, said first, announced to screen readers. */
export function SuccessBanner({ title = 'Success', children }: { title?: string; children: ReactNode }) {
  const titleId = useId()
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  )
}
