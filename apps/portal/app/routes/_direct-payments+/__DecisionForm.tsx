import type { ReactNode } from 'react'
import { Form } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { errorFor } from '~/components/ErrorSummary'
import { Textarea } from '~/components/FormFields'
import type { FieldError } from '~/.server/forms'

/**
 * One decision on a direct-payment agreement (a change, a suspension, a restart, an ending): its date, what else it
 * asks (`children`), a reason, and the decisions the officer saw, so a decision made meanwhile by someone else is
 * noticed. Each form's fields have their own names, as the page holds several.
 */
export function DecisionForm({
  intent,
  seen,
  values,
  errors,
  heading,
  intro,
  date,
  reason,
  button,
  warning = false,
  children,
}: {
  intent: string
  seen: number
  values: Record<string, string>
  errors: FieldError[] | undefined
  heading: string
  /** What the decision is for, said before its fields. */
  intro?: ReactNode
  date: { name: string; legend: string }
  reason?: { name: string; label: string }
  button: string
  warning?: boolean
  children?: ReactNode
}) {
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="seen" value={seen} />
      <h2 className="govuk-heading-m">{heading}</h2>
      {intro ? <p className="govuk-body">{intro}</p> : null}
      <DateInput name={date.name} legend={date.legend} values={values} error={errorFor(errors, date.name)} />
      {children}
      {reason ? (
        <Textarea
          name={reason.name}
          label={reason.label}
          value={values[reason.name]}
          error={errorFor(errors, reason.name)}
          rows={3}
        />
      ) : null}
      <button
        type="submit"
        className={`govuk-button ${warning ? 'govuk-button--warning' : 'govuk-button--secondary'}`}
        data-module="govuk-button"
      >
        {button}
      </button>
    </Form>
  )
}
