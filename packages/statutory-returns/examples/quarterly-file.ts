import { pathToFileURL } from 'node:url'
import { buildClientLevelData, cldCsv, recordsToFix, reportingPeriod } from '@open-sds/statutory-returns'

/** The 2025-26 Q4 file for one fictional person with a direct payment, then the same with a value off the lists. */
export function main() {
  const period = reportingPeriod('2025-Q4')
  if (!period.ok) throw new Error(period.errors[0]?.message)
  const person = {
    id: 'person-1',
    nhsNumber: '9990000018',
    gender: 'female',
    ethnicity: 'asian-indian',
    dateOfBirth: '1941-03-02',
    postcode: 'NM1 4QT',
    primarySupportReason: 'physical-personal-care',
    accommodationStatus: 'owner-occupier',
    hasUnpaidCarer: true,
    clientFundingStatus: 'joint-client-and-social-care',
  }
  const service = {
    id: 'service-1',
    personId: 'person-1',
    start: '2024-09-30',
    serviceType: 'long-term-community',
    component: 'direct-payment',
    deliveryMechanism: 'direct-payment',
    unitCostPence: 31_250,
    costFrequency: 'weekly',
    plannedUnitsPerWeek: 1,
  }
  const file = buildClientLevelData({
    laCode: 'E10000006',
    period: period.value,
    people: [person],
    services: [service],
  })
  if (!file.ok) throw new Error(file.errors[0]?.message)
  const csv = cldCsv(file.value)

  const refused = buildClientLevelData({
    laCode: 'E10000006',
    period: period.value,
    people: [{ ...person, ethnicity: 'unknown' }],
    services: [service],
  })
  return {
    period: period.value.label,
    rows: file.value.summary.rows,
    header: csv.split('\r\n')[0],
    line: csv.split('\r\n')[1],
    toFix: refused.ok ? [] : recordsToFix(refused.errors),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main())
