import { Form } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { errorFor } from '~/components/ErrorSummary'
import { FileUpload, Radios } from '~/components/FormFields'
import { formatDate } from '~/components/dates'
import type { FieldError } from '~/.server/forms'

type DocumentRow = { id: string; name: string; kind: string; sizeKb: number; at: string; href: string }

/** The documents sent with a return, each a download. */
export function DocumentsTable({ documents, caption }: { documents: readonly DocumentRow[]; caption: string }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            File
          </th>
          <th scope="col" className="govuk-table__header">
            What it is
          </th>
          <th scope="col" className="govuk-table__header">
            Sent
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {documents.map((document) => (
          <tr className="govuk-table__row" key={document.id}>
            <td className="govuk-table__cell">
              <a className="govuk-link" href={document.href} download>
                {document.name}
              </a>{' '}
              ({document.sizeKb} KB)
            </td>
            <td className="govuk-table__cell">{document.kind}</td>
            <td className="govuk-table__cell">{formatDate(document.at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The return page's documents: what was sent, and a form to send another while the return is open. */
export function ReturnDocuments({
  documents,
  closed,
  kinds,
  limitKb,
  failed,
}: {
  documents: readonly DocumentRow[]
  closed: string | null
  kinds: readonly { value: string; label: string }[]
  limitKb: number
  failed: { errors: FieldError[]; values: Record<string, string> } | undefined
}) {
  const fileError = errorFor(failed?.errors, 'file')
  return (
    <>
      <h2 className="govuk-heading-m" id="documents">
        Documents sent with this return
      </h2>
      {documents.length === 0 ? (
        <p className="govuk-body">None yet.</p>
      ) : (
        <DocumentsTable documents={documents} caption="Documents you have sent" />
      )}
      {closed ? (
        <p className="govuk-body">{closed}</p>
      ) : (
        <Form method="post" encType="multipart/form-data" noValidate>
          <CsrfInput />
          <p className="govuk-body">
            If you pay from your own bank account, send the council what it asks for with the return: bank statements
            for the period, invoices or receipts, and timesheets or payslips for anyone you employ.
          </p>
          <Radios
            name="kind"
            legend="What is this document?"
            choices={kinds}
            value={failed?.values.kind}
            error={errorFor(failed?.errors, 'kind')}
            small
          />
          <FileUpload
            name="file"
            label="Upload a file"
            hint={`A PDF, JPEG or PNG smaller than ${limitKb} KB`}
            error={fileError}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            name="intent"
            value="attach"
          >
            Send this document
          </button>
        </Form>
      )}
    </>
  )
}
