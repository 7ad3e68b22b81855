import type { ReactNode } from 'react'

/** The frame of a role's own page: who is signed in, what the page is for, and what comes next. */
export function RolePage({ caption, heading, children }: { caption: string; heading: string; children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        {children}
      </div>
    </div>
  )
}
