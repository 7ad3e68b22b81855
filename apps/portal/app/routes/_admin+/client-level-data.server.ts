import type { ClientLevelDataRow } from '@open-sds/db'
import { csvLine } from './progress.server.js'

/** A financial-year quarter, as CLD reports them: Q1 is April to June. `2025-Q4` is January to March 2026. */
export type Quarter = { id: string; label: string; from: Date; to: Date }

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export function parseQuarter(value: string | null): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(value ?? '')
  if (!match) return null
  const year = Number(match[1])
  const quarter = Number(match[2])
  if (year < 2000 || year > 2100) return null
  const startMonth = 3 + (quarter - 1) * 3 // April is month 3, counting from 0
  const from = new Date(Date.UTC(year, startMonth, 1))
  const to = new Date(Date.UTC(year, startMonth + 3, 1))
  const last = new Date(to.getTime() - 86_400_000)
  const financialYear = `${year}-${String((year + 1) % 100).padStart(2, '0')}`
  return {
    id: `${year}-Q${quarter}`,
    label: `${financialYear} Q${quarter} (${MONTHS[from.getUTCMonth()]} to ${MONTHS[last.getUTCMonth()]} ${last.getUTCFullYear()})`,
    from,
    to,
  }
}

/** The last `count` quarters up to the one containing `now`, newest first. */
export function recentQuarters(now: Date, count = 12): Quarter[] {
  const month = now.getUTCMonth()
  let year = month >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1
  let quarter = Math.floor(((month + 9) % 12) / 3) + 1
  const quarters: Quarter[] = []
  for (let index = 0; index < count; index += 1) {
    const parsed = parseQuarter(`${year}-Q${quarter}`)
    if (parsed) quarters.push(parsed)
    quarter -= 1
    if (quarter === 0) {
      quarter = 4
      year -= 1
    }
  }
  return quarters
}

const HEADER = [
  'LA_Code',
  'Reporting_Period_Start_Date',
  'Reporting_Period_End_Date',
  'LA_Person_Unique_Identifier',
  'Date_of_Birth',
  'Event_Type',
  'Event_Reference',
  'Event_Start_Date',
  'Event_End_Date',
  'Event_Description',
  'Event_Outcome',
  'Request_Route_of_Access',
  'Assessment_Type',
  'Eligible_Needs_Identified',
  'Method_of_Assessment',
  'Service_Type',
  'Service_Component',
  'Delivery_Mechanism',
  'Unit_Cost',
  'Cost_Frequency_Unit_Type',
  'Planned_Units_Per_Week',
  'Review_Reason',
  'Review_Outcomes_Achieved',
]

/** The quarter's events as CSV, one row per event, in CLD Release 1 field order for the fields the portal keeps. */
export function clientLevelDataCsv(quarter: Quarter, rows: ClientLevelDataRow[], laCode: string): string {
  const start = quarter.from.toISOString().slice(0, 10)
  const end = new Date(quarter.to.getTime() - 86_400_000).toISOString().slice(0, 10)
  let csv = csvLine(HEADER)
  for (const row of rows) {
    csv += csvLine([
      laCode,
      start,
      end,
      row.personId,
      row.dateOfBirth,
      row.eventType,
      row.eventReference,
      row.eventStartDate,
      row.eventEndDate,
      row.eventDescription,
      row.eventOutcome,
      row.requestRouteOfAccess,
      row.assessmentType,
      row.eligibleNeedsIdentified,
      row.methodOfAssessment,
      row.serviceType,
      row.serviceComponent,
      row.deliveryMechanism,
      row.unitCost,
      row.costFrequency,
      row.plannedUnitsPerWeek,
      row.reviewReason,
      row.reviewOutcomesAchieved,
    ])
  }
  return csv
}
