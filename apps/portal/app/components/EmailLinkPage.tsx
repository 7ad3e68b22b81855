import type { ReactNode } from 'react'
import { Form } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'

// A link sent by email is spent only by this page's button, never by opening it: mail programs fetch links to
// preview them. Both the sign-up and the change-of-address links work this way, so they share the page.
export function EmailLinkPage(props: {
  path: string
  token: string
  heading: string
  intro?: string
  button: string
  problem?: string
  afterProblem?: ReactNode
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {props.problem ? (
          <>
            <h1 className="govuk-heading-l">You cannot use this link</h1>
            <p className="govuk-body">{props.problem}</p>
            {props.afterProblem}
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">{props.heading}</h1>
            {props.intro ? <p className="govuk-body">{props.intro}</p> : null}
            <Form method="post" noValidate action={`${props.path}?token=${encodeURIComponent(props.token)}`}>
              <CsrfInput />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                {props.button}
              </button>
            </Form>
          </>
        )}
      </div>
    </div>
  )
}
