import { ErrorMessage } from '../../components/ErrorMessage'
import type { Question } from '@open-sds/questionnaire'

export type RawAnswer = string | string[] | { day?: string; month?: string; year?: string } | undefined

type Props = { question: Question; value: RawAnswer; error?: string; caption: string }

/**
 * One question as the whole page (GOV.UK "question pages"): the question is the page heading, inside the
 * legend for choices or the label for boxes, so screen readers announce it with the field.
 */
export function QuestionField({ question, value, error, caption }: Props) {
  const hintId = question.hint ? 'answer-hint' : undefined
  const errorId = error ? 'answer-error' : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const heading = (
    <>
      <span className="govuk-caption-l">{caption}</span>
      {question.label}
    </>
  )
  const hint = question.hint ? (
    <div id={hintId} className="govuk-hint">
      {question.hint}
    </div>
  ) : null
  const errorMessage = <ErrorMessage id="answer-error" error={error} />
  const groupClass = `govuk-form-group${error ? ' govuk-form-group--error' : ''}`

  if (question.type === 'single-choice' || question.type === 'yes-no' || question.type === 'multiple-choice') {
    const multiple = question.type === 'multiple-choice'
    const options =
      question.type === 'yes-no'
        ? [
            { value: 'yes', label: 'Yes', hint: undefined },
            { value: 'no', label: 'No', hint: undefined },
          ]
        : question.options
    const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
    const kind = multiple ? 'checkboxes' : 'radios'
    return (
      <div className={groupClass}>
        <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
            <h1 className="govuk-fieldset__heading">{heading}</h1>
          </legend>
          {hint}
          {errorMessage}
          <div className={`govuk-${kind}`} data-module={`govuk-${kind}`}>
            {multiple ? <input type="hidden" name="answer" value="" /> : null}
            {options.map((option, index) => {
              const id = index === 0 ? 'answer' : `answer-${index + 1}`
              return (
                <div className={`govuk-${kind}__item`} key={option.value}>
                  <input
                    className={`govuk-${kind}__input`}
                    id={id}
                    name="answer"
                    type={multiple ? 'checkbox' : 'radio'}
                    value={option.value}
                    defaultChecked={chosen.includes(option.value)}
                    aria-describedby={option.hint ? `${id}-hint` : undefined}
                  />
                  <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div id={`${id}-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              )
            })}
          </div>
        </fieldset>
      </div>
    )
  }

  if (question.type === 'date') {
    const parts = typeof value === 'object' && !Array.isArray(value) ? value : {}
    const fields = [
      { name: 'day', label: 'Day', width: 2 },
      { name: 'month', label: 'Month', width: 2 },
      { name: 'year', label: 'Year', width: 4 },
    ] as const
    return (
      <div className={groupClass}>
        <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
            <h1 className="govuk-fieldset__heading">{heading}</h1>
          </legend>
          {hint}
          {errorMessage}
          <div className="govuk-date-input" id="answer">
            {fields.map((field) => (
              <div className="govuk-date-input__item" key={field.name}>
                <div className="govuk-form-group">
                  <label
                    className="govuk-label govuk-date-input__label"
                    htmlFor={field.name === 'day' ? 'answer-day' : `answer-${field.name}`}
                  >
                    {field.label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${field.width}${error ? ' govuk-input--error' : ''}`}
                    id={`answer-${field.name}`}
                    name={`answer-${field.name}`}
                    type="text"
                    inputMode="numeric"
                    defaultValue={parts[field.name] ?? ''}
                  />
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    )
  }

  const text = typeof value === 'string' ? value : ''
  return (
    <div className={groupClass}>
      <h1 className="govuk-label-wrapper">
        <label className="govuk-label govuk-label--l" htmlFor="answer">
          {heading}
        </label>
      </h1>
      {hint}
      {errorMessage}
      {question.type === 'text' && question.multiline ? (
        <textarea
          className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
          id="answer"
          name="answer"
          rows={5}
          defaultValue={text}
          aria-describedby={describedBy}
        />
      ) : (
        <div className="govuk-input__wrapper">
          <input
            className={`govuk-input${question.type === 'number' ? ' govuk-input--width-5' : ''}${error ? ' govuk-input--error' : ''}`}
            id="answer"
            name="answer"
            type="text"
            inputMode={question.type === 'number' ? 'decimal' : undefined}
            spellCheck={question.type === 'text' ? true : undefined}
            defaultValue={text}
            aria-describedby={describedBy}
          />
          {question.type === 'number' && question.unit ? (
            <div className="govuk-input__suffix" aria-hidden="true">
              {question.unit}
            </div>
          ) : null}
        </div>
      )}
    </div>
  )
}
