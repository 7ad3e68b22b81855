import type { ReactNode } from 'react'

/** The way back from a form to the page it belongs to, as a plain link after the form. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={href}>
        {children}
      </a>
    </p>
  )
}
