import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { EVIDENCE_CATEGORY_LABELS, readEvidenceUpload } from './evidence.server'
import { uploadLimitBytes } from '~/.server/file-upload'
import { editableDraft } from './financial-assessment.server'
import { requireActingFor } from '~/routes/_self-assessment+/self-assessment.server'
import { auditedChange } from '~/.server/audited-change'
import { choicesFrom, FileUpload, optionId } from '~/components/FormFields'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Send evidence')

const ROUTE = 'routes/_charging+/people_.$personId.financial-assessment.evidence' as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const repo = context.database.repos.financialAssessments
  const draft = await editableDraft(context, actingFor.personId)
  if (!draft) throw redirect(`/people/${actingFor.personId}/financial-assessment`)
  await auditRead(context, viewer, request, {
    action: 'financial-assessment.read',
    personId: actingFor.personId,
    resource: `financial-assessment:${draft.id}`,
  })
  const files = await repo.listEvidence([draft.id])
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    personId: actingFor.personId,
    limitKb: Math.floor(uploadLimitBytes(context.config.maxBodyBytes) / 1024),
    categories: choicesFrom(EVIDENCE_CATEGORY_LABELS),
    files: files.map((file) => ({
      id: file.id,
      name: file.fileName,
      category: EVIDENCE_CATEGORY_LABELS[file.category],
      sizeKb: Math.max(1, Math.round(file.sizeBytes / 1024)),
      at: file.uploadedAt.toISOString(),
    })),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const draft = await editableDraft(context, actingFor.personId)
  const base = `/people/${actingFor.personId}/financial-assessment`
  if (!draft) throw redirect(base)
  if (form.get('intent') === 'continue') return redirect(`${base}/check`)
  const upload = await readEvidenceUpload(form, uploadLimitBytes(context.config.maxBodyBytes))
  if (!upload.ok) {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: upload.errors, category: typeof form.get('category') === 'string' ? String(form.get('category')) : '' },
    )
  }
  const now = new Date()
  const added = await auditedChange(
    context,
    (repos) =>
      repos.financialAssessments.addEvidence(
        { personId: actingFor.personId, financialAssessmentId: draft.id, ...upload.file, uploadedByUserId: viewer.id },
        now,
      ),
    (stored) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'financial-evidence.create',
      personId: actingFor.personId,
      resource: `financial-evidence:${stored.id}`,
      detail: { category: stored.category, sizeBytes: stored.sizeBytes },
    }),
  )
  if (!added.ok) {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      {
        errors: added.errors.map((issue) => ({ field: 'file', message: issue.message })),
        category: upload.file.category,
      },
    )
  }
  return redirect(`${base}/evidence`)
}

export default function Evidence() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const base = `/people/${data.personId}/financial-assessment`
  const categoryError = errorFor(result?.errors, 'category')
  const fileError = errorFor(result?.errors, 'file')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`${base}/costs`} className="govuk-back-link">
          Back
        </a>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">Financial assessment</span>
        <h1 className="govuk-heading-l">Send evidence</h1>
        <p className="govuk-body">
          Send a photo or scan of your latest letters and statements: pension and benefit letters, bank statements, and
          receipts for extra costs because of your disability. A finance officer checks them against your answers. You
          can send them later instead, or post them to us.
        </p>
        {data.files.length > 0 ? (
          <table className="govuk-table" id="evidence-sent">
            <caption className="govuk-table__caption govuk-table__caption--m">Evidence you have sent</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  File
                </th>
                <th scope="col" className="govuk-table__header">
                  Evidence of
                </th>
                <th scope="col" className="govuk-table__header">
                  Sent
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.files.map((file) => (
                <tr className="govuk-table__row" key={file.id}>
                  <td className="govuk-table__cell">
                    {file.name} ({file.sizeKb} KB)
                  </td>
                  <td className="govuk-table__cell">{file.category}</td>
                  <td className="govuk-table__cell">{formatDate(file.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <Form method="post" encType="multipart/form-data" noValidate>
          <CsrfInput />
          <div className={`govuk-form-group${categoryError ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={categoryError ? 'category-error' : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What is this evidence of?</legend>
              <ErrorMessage id="category-error" error={categoryError} />
              <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
                {data.categories.map((category, index) => (
                  <div className="govuk-radios__item" key={category.value}>
                    <input
                      className="govuk-radios__input"
                      id={optionId('category', index, category.value)}
                      name="category"
                      type="radio"
                      value={category.value}
                      defaultChecked={result?.category === category.value}
                    />
                    <label
                      className="govuk-label govuk-radios__label"
                      htmlFor={optionId('category', index, category.value)}
                    >
                      {category.label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <FileUpload
            name="file"
            label="Upload a file"
            hint={`A PDF, JPEG or PNG smaller than ${data.limitKb} KB`}
            error={fileError}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          />
          <div className="govuk-button-group">
            <button
              type="submit"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              name="intent"
              value="upload"
            >
              Upload this file
            </button>
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              name="intent"
              value="continue"
              formNoValidate
            >
              Continue
            </button>
          </div>
        </Form>
      </div>
    </div>
  )
}
