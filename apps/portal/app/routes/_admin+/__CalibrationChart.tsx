import { formatPence } from '@open-sds/kernel'

type Point = { points: number; pence: number }
type Band = { fromPoints: number; toPoints: number | null; weeklyPence: number }

/** An axis tick is a position on the scale, so it is labelled to the nearest whole pound: "£1,250". */
const tickLabel = (pence: number): string => formatPence(Math.round(pence / 100) * 100, { omitZeroPence: true })

const WIDTH = 640
const HEIGHT = 360
const MARGIN = { top: 20, right: 20, bottom: 50, left: 70 }

/**
 * Historic cases (dots) against the proposed allocation table (the stepped line), drawn on the server as SVG
 * so it needs no JavaScript. The same figures are in the table beside it for anyone who cannot see the chart.
 */
export function CalibrationChart({ cases, bands }: { cases: Point[]; bands: Band[] }) {
  const maxPoints = Math.max(1, ...cases.map((c) => c.points), ...bands.map((b) => b.toPoints ?? b.fromPoints))
  const maxPence = Math.max(1, ...cases.map((c) => c.pence), ...bands.map((b) => b.weeklyPence))
  const x = (points: number) => MARGIN.left + (points / maxPoints) * (WIDTH - MARGIN.left - MARGIN.right)
  const y = (pence: number) => HEIGHT - MARGIN.bottom - (pence / maxPence) * (HEIGHT - MARGIN.top - MARGIN.bottom)
  const steps = bands
    .map((band) => `M ${x(band.fromPoints)} ${y(band.weeklyPence)} H ${x(band.toPoints ?? maxPoints)}`)
    .join(' ')
  const ticks = [0, 0.25, 0.5, 0.75, 1]
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      fontFamily="inherit"
      role="img"
      aria-labelledby="chart-title chart-description"
      className="app-chart"
    >
      <title id="chart-title">Historic weekly cost against points, with the proposed allocation table</title>
      <desc id="chart-description">
        Each dot is a historic case; the stepped line is the weekly amount the proposed table would give for each number
        of points.
      </desc>
      <line
        x1={MARGIN.left}
        y1={HEIGHT - MARGIN.bottom}
        x2={WIDTH - MARGIN.right}
        y2={HEIGHT - MARGIN.bottom}
        stroke="#0b0c0c"
      />
      <line x1={MARGIN.left} y1={MARGIN.top} x2={MARGIN.left} y2={HEIGHT - MARGIN.bottom} stroke="#0b0c0c" />
      {ticks.map((share) => (
        <g key={share}>
          <text x={MARGIN.left - 8} y={y(share * maxPence) + 4} textAnchor="end" fontSize="12" fill="#0b0c0c">
            {tickLabel(share * maxPence)}
          </text>
          <text
            x={x(share * maxPoints)}
            y={HEIGHT - MARGIN.bottom + 18}
            textAnchor="middle"
            fontSize="12"
            fill="#0b0c0c"
          >
            {Math.round(share * maxPoints)}
          </text>
        </g>
      ))}
      <text x={(WIDTH + MARGIN.left) / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="13" fill="#0b0c0c">
        Points
      </text>
      <text
        x={16}
        y={HEIGHT / 2}
        textAnchor="middle"
        fontSize="13"
        fill="#0b0c0c"
        transform={`rotate(-90 16 ${HEIGHT / 2})`}
      >
        Weekly cost
      </text>
      {cases.map((c, index) => (
        <circle key={index} cx={x(c.points)} cy={y(c.pence)} r="2.5" fill="#1d70b8" fillOpacity="0.5" />
      ))}
      <path d={steps} stroke="#d4351c" strokeWidth="3" fill="none" />
    </svg>
  )
}
