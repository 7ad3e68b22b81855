import type { ReactNode } from 'react'

export type QueueRow = {
  /** Unique within the table. */
  key: string
  person: string
  /** The person's case, where staff open it from the queue. */
  href?: string
  /** The other columns, in the order of `columns`. */
  cells: ReactNode[]
}

const captionClass = {
  hidden: 'govuk-table__caption govuk-visually-hidden',
  s: 'govuk-table__caption govuk-table__caption--s',
  m: 'govuk-table__caption govuk-table__caption--m',
}

/**
 * A staff work queue as a GOV.UK table: the person first, linked to their case where there is one, then the columns
 * the queue needs. One component, so every queue reads and is announced the same way (the caption names the table for
 * a screen reader even where it is hidden because a heading above says the same).
 */
export function PeopleQueue({
  caption,
  captionSize = 'hidden',
  columns,
  rows,
  id,
  firstColumn = 'Person',
}: {
  caption: ReactNode
  captionSize?: keyof typeof captionClass
  columns: string[]
  rows: QueueRow[]
  id?: string
  /** What the linked first column holds: a person, or for a concern about someone not yet known, its reference. */
  firstColumn?: string
}) {
  return (
    <table className="govuk-table" id={id}>
      <caption className={captionClass[captionSize]}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {[firstColumn, ...columns].map((column) => (
            <th scope="col" className="govuk-table__header" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <td className="govuk-table__cell">
              {row.href === undefined ? (
                row.person
              ) : (
                <a className="govuk-link" href={row.href}>
                  {row.person}
                </a>
              )}
            </td>
            {row.cells.map((cell, index) => (
              <td className="govuk-table__cell" key={columns[index] ?? index}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
