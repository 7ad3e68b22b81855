import { CsrfInput } from './CsrfInput'

/** What a page knows about its counted figures (see app/.server/counted-figures.ts), as the loader sends it. */
type Counted = { countedAtText: string | null; counting: boolean; problem: string | null }

const wording = {
  figures: {
    madeAt: (at: string) => `Counted at ${at}.`,
    first: 'These figures are being counted. Refresh this page in a minute or two to see them.',
    again: 'A new count is under way. Refresh this page in a minute or two to see it.',
    button: 'Count the figures again',
  },
  file: {
    madeAt: (at: string) => `Made at ${at}, from the records as they were then.`,
    first: 'The file is being made. Refresh this page in a minute or two to see it.',
    again: 'The file is being made again. Refresh this page in a minute or two to see it.',
    button: 'Make the file again',
  },
}

/**
 * When the figures on a page were counted (or its file made), whether a new count is under way, why the last one
 * failed, and a button to ask for a new one. The count is queued and made by a worker (decision 022), so the answer
 * to the button is this page again, saying the count is under way.
 */
export function CountedAt({
  countedAtText,
  counting,
  problem,
  action,
  of = 'figures',
}: Counted & { action: string; of?: keyof typeof wording }) {
  const words = wording[of]
  return (
    <>
      {countedAtText ? (
        <p className="govuk-body">
          <strong>{words.madeAt(countedAtText)}</strong>
        </p>
      ) : null}
      {problem ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            The last count could not be finished: {problem}
          </strong>
        </div>
      ) : null}
      {counting ? (
        <div className="govuk-inset-text">{countedAtText ? words.again : words.first}</div>
      ) : (
        <form method="post" action={action}>
          <CsrfInput />
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            {words.button}
          </button>
        </form>
      )}
    </>
  )
}
