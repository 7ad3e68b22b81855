import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Select } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { DEFAULT_DISTANCE, DISTANCES } from './__distances'
import { findSupport, type FindSupportValues } from './find-support.server'

const ROUTE = 'routes/_directory+/find-support._index' as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, 'Find local support', Boolean(data?.errors?.length))

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authorise(request, ROUTE)
  const answer = await findSupport(context, new URL(request.url).searchParams)
  return json(answer, { status: answer.errors ? 400 : 200 })
}

/** A plugin's words: paragraphs split by blank lines, each shown as text (never as HTML). */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        <p className="govuk-body" key={index}>
          {paragraph.trim()}
        </p>
      ))}
    </>
  )
}

/** The address of another page of the same search. */
const pageHref = (values: FindSupportValues, page: number) => {
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''))
  query.set('page', String(page))
  return `/find-support?${query.toString()}`
}

export default function FindSupport() {
  const { values, errors, needs, canSearchByPlace, content, searched, results } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Find local support</h1>
        {content.introduction ? (
          <Paragraphs text={content.introduction} />
        ) : (
          <p className="govuk-body">
            Groups, clubs, advice and help in the area, from local organisations. Anyone can use them: you do not need
            to have asked the council for care and support first.
          </p>
        )}
        <Form method="get" action="/find-support" noValidate key={JSON.stringify(values)}>
          <TextInput
            name="words"
            label="What are you looking for? (optional)"
            hint="For example, lunch club, dementia or gardening"
            defaultValue={values.words}
            error={errorFor(errors, 'words')}
          />
          <Select
            name="need"
            label="Kind of support (optional)"
            choices={needs}
            placeholder="Any kind of support"
            value={values.need}
            error={errorFor(errors, 'need')}
          />
          {canSearchByPlace ? (
            <>
              <TextInput
                name="place"
                label="Near a town or postcode (optional)"
                hint="A town in the area, the first part of a postcode or a whole postcode"
                defaultValue={values.place}
                autoComplete="postal-code"
                widthClass="govuk-input--width-20"
                error={errorFor(errors, 'place')}
              />
              <Select
                name="within"
                label="How far can you travel?"
                choices={DISTANCES.map((miles) => ({
                  value: miles,
                  label: `Within ${miles} ${miles === '1' ? 'mile' : 'miles'}`,
                }))}
                value={values.within || DEFAULT_DISTANCE}
                error={errorFor(errors, 'within')}
              />
            </>
          ) : null}
          <TextInput
            name="age"
            label="Age of the person the support is for (optional)"
            hint="Some services are only for some ages"
            defaultValue={values.age}
            widthClass="govuk-input--width-3"
            error={errorFor(errors, 'age')}
          />
          <Radios
            name="cost"
            legend="Cost"
            inline
            small
            value={values.cost || 'any'}
            choices={[
              { value: 'any', label: 'Any' },
              { value: 'free', label: 'Free' },
              { value: 'paid', label: 'Paid' },
            ]}
            error={errorFor(errors, 'cost')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Search
          </button>
        </Form>
        {searched && results ? (
          <>
            <h2 className="govuk-heading-m" id="results">
              {results.total === 0
                ? 'No services found'
                : `${String(results.total)} ${results.total === 1 ? 'service' : 'services'} found`}
            </h2>
            {results.total === 0 && results.suggestions.length > 0 ? (
              <>
                <p className="govuk-body">Try changing your search:</p>
                <ul className="govuk-list govuk-list--bullet">
                  {results.suggestions.map((suggestion) => (
                    <li key={suggestion.href}>
                      <a className="govuk-link" href={suggestion.href}>
                        {suggestion.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : results.total === 0 ? (
              <>
                <p className="govuk-body">You could:</p>
                <ul className="govuk-list govuk-list--bullet">
                  <li>use fewer or different words</li>
                  <li>choose any kind of support</li>
                  {canSearchByPlace ? <li>travel further, or leave the place out</li> : null}
                  <li>choose any cost, or leave the age out</li>
                </ul>
              </>
            ) : (
              <ul className="govuk-list">
                {results.services.map((service) => (
                  <li key={service.id} className="govuk-!-margin-bottom-6">
                    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                      <a className="govuk-link" href={`/find-support/services/${service.id}`}>
                        {service.name}
                      </a>
                    </h3>
                    {service.organisation ? (
                      <p className="govuk-body-s govuk-!-margin-bottom-1">Run by {service.organisation}</p>
                    ) : null}
                    {service.temporarilyClosed ? (
                      <strong className="govuk-tag govuk-tag--yellow">Closed for now</strong>
                    ) : null}
                    {service.description ? (
                      <p className="govuk-body govuk-!-margin-bottom-1">{service.description}</p>
                    ) : null}
                    <p className="govuk-body-s govuk-!-margin-bottom-0">
                      {[service.distance, service.cost, service.needs.join(', ')].filter(Boolean).join(' · ')}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {results.pages > 1 ? (
              <nav className="govuk-pagination" aria-label="Pages of results">
                {results.page > 1 ? (
                  <div className="govuk-pagination__prev">
                    <a
                      className="govuk-link govuk-pagination__link"
                      href={pageHref(values, results.page - 1)}
                      rel="prev"
                    >
                      <span className="govuk-pagination__link-title">Previous page</span>
                    </a>
                  </div>
                ) : null}
                <p className="govuk-body govuk-!-margin-bottom-0">
                  Page {results.page} of {results.pages}
                </p>
                {results.page < results.pages ? (
                  <div className="govuk-pagination__next">
                    <a
                      className="govuk-link govuk-pagination__link"
                      href={pageHref(values, results.page + 1)}
                      rel="next"
                    >
                      <span className="govuk-pagination__link-title">Next page</span>
                    </a>
                  </div>
                ) : null}
              </nav>
            ) : null}
            {content.nothingFits ? (
              <>
                <h2 className="govuk-heading-s">If nothing here fits</h2>
                <Paragraphs text={content.nothingFits} />
              </>
            ) : null}
          </>
        ) : null}
        <p className="govuk-body">
          Do you run a service for adults or carers in the area?{' '}
          <a className="govuk-link" href="/list-your-service">
            List it in this directory
          </a>
          .
        </p>
      </div>
    </div>
  )
}
