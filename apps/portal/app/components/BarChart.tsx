export type Bar = {
  label: string
  /** The length of the bar; null where the figure is suppressed, drawn as an empty outline marked with its text. */
  value: number | null
  /** The figure as written in the table and beside the bar, for example "12 (60%)" or "*". */
  text: string
}

const WIDTH = 640
const ROW = 34
const LABEL = 250
const RIGHT = 110

/**
 * Horizontal bars drawn on the server as SVG (no JavaScript), always with a table of the same figures beneath it for
 * anyone who cannot see the chart. `id` keeps each chart's title unique on a page with several.
 */
export function BarChart({
  id,
  title,
  bars,
  max,
  headings,
}: {
  id: string
  title: string
  bars: Bar[]
  max?: number
  headings: [string, string]
}) {
  const top = Math.max(1, max ?? Math.max(0, ...bars.map((bar) => bar.value ?? 0)))
  const height = bars.length * ROW + 10
  const scale = (value: number) => (value / top) * (WIDTH - LABEL - RIGHT)
  return (
    <figure className="govuk-body govuk-!-margin-0 govuk-!-margin-bottom-6">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        className="app-chart"
      >
        <title id={`${id}-title`}>{title}</title>
        {bars.map((bar, index) => {
          const y = index * ROW + 5
          const length = bar.value === null ? 0 : scale(bar.value)
          return (
            <g key={bar.label}>
              <text x={LABEL - 8} y={y + 19} textAnchor="end" fontSize="14" fill="#0b0c0c">
                {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
              </text>
              {bar.value === null ? (
                <rect
                  x={LABEL}
                  y={y + 4}
                  width={24}
                  height={ROW - 12}
                  fill="none"
                  stroke="#505a5f"
                  strokeDasharray="4 3"
                />
              ) : (
                <rect x={LABEL} y={y + 4} width={Math.max(length, 1)} height={ROW - 12} fill="#1d70b8" />
              )}
              <text x={LABEL + (bar.value === null ? 24 : length) + 6} y={y + 19} fontSize="14" fill="#0b0c0c">
                {bar.text}
              </text>
            </g>
          )
        })}
      </svg>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{title}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {headings[0]}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {headings[1]}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {bars.map((bar) => (
            <tr className="govuk-table__row" key={bar.label}>
              <th scope="row" className="govuk-table__header">
                {bar.label}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{bar.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
