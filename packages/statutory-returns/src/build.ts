import { parse, penceToPounds } from '@open-sds/kernel'
import { blankRow, cldColumns, type CldColumn, type CldRow } from './columns.js'
import type { CldIssue, CldResult, RecordKind } from './issues.js'
import { isNhsNumber, normalisePostcode } from './identifiers.js'
import { CldSourceSchema, type CldPerson, type CldSource, type ParsedCldSource } from './source.js'
import { checkRows } from './check-rows.js'
import {
  accommodationStatuses,
  assessmentTypes,
  clientFundingStatuses,
  clientTypes,
  costFrequencies,
  deliveryMechanisms,
  eligibleNeeds,
  employmentStatuses,
  ethnicities,
  eventOutcomes,
  eventTypes,
  genders,
  hoursCaringBands,
  methodsOfAssessment,
  methodsOfReview,
  primarySupportReasons,
  reviewOutcomesAchieved,
  reviewReasons,
  routesOfAccess,
  serviceComponents,
  serviceTypes,
  yesNo,
  type CodedField,
  type Release,
} from './value-lists.js'

export const cldRulesVersion = 'cld-2026-12 (Release 1 and 2 value lists; DHSC event filtering of June 2026)'

export type CldSummary = {
  people: number
  requests: number
  assessments: number
  services: number
  reviews: number
  carersKnownByAssociation: number
  rows: number
}

export type CldFile = {
  release: Release
  laCode: string
  period: { start: string; end: string }
  columns: readonly CldColumn[]
  rows: CldRow[]
  summary: CldSummary
  rulesVersion: string
}

type Sink = (column: CldColumn, message: string) => void

/** The neutral id as the release writes it; a missing or unknown id is reported, and the column left blank. */
function coded(
  field: CodedField<string>,
  value: string | undefined,
  release: Release,
  required: boolean,
  name: string,
  report: Sink,
): string {
  if (value === undefined || value === '') {
    if (required) report(field.column as CldColumn, `${name} is missing: the return needs it here`)
    return ''
  }
  const strings = (field.codes as Record<string, { R1: string; R2: string } | undefined>)[value]
  if (strings === undefined) {
    report(field.column as CldColumn, `${name} "${value}" is not one of the national values for ${field.column}`)
    return ''
  }
  return strings[release]
}

// Pounds and pence as the file writes them (1234.56), on the digits: the kernel's.
const poundsText = penceToPounds
const unitsText = (units: number): string => String(Math.round(units * 100) / 100)

/** Whole years between a date of birth and a day, by calendar (a birthday on the day counts). */
function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return day.slice(5) >= dateOfBirth.slice(5) ? years : years - 1
}

type Event = {
  id: string
  personId: string
  clientType?: string | undefined
  start: string
  end?: string | undefined
  description?: string | undefined
  outcome?: string | undefined
}

/** What the centre keeps of an event in the period: its end cut at the date of death, or nothing. */
function placeInPeriod(
  event: Event,
  person: CldPerson | undefined,
  kind: RecordKind,
  period: { start: string; end: string },
): { end: string | undefined; diedDuring: boolean } | null {
  let end = event.end
  let diedDuring = false
  const death = person?.dateOfDeath
  if (death !== undefined && death >= event.start && (end === undefined || end > death)) {
    end = death
    diedDuring = true
  }
  if (event.start > period.end) return null
  if (kind === 'service') return end === undefined || end >= period.start ? { end, diedDuring } : null
  // Requests, assessments and reviews count once they are complete, in the period they end in.
  return end !== undefined && end >= period.start && end <= period.end ? { end, diedDuring } : null
}

const carerTypes = new Set(['unpaid-carer', 'unpaid-carer-known-by-association'])

/**
 * Turns a council's records into the Client Level Data file for a reporting period: one row per request,
 * assessment, service and review the period takes in (services open at any time in it, including those that began
 * before it; other events completed in it), with the person's details on each row, plus a row for each carer known
 * only by association. Nothing outside the national lists is written: if any record holds a value that is not on a
 * list, or misses one the return needs, no file is made and every such record is named.
 */
export function buildClientLevelData(input: CldSource): CldResult<CldFile> {
  const parsed = parse(CldSourceSchema, input)
  if (!parsed.ok) return parsed
  const source: ParsedCldSource = parsed.value
  const { release, period } = source
  if (period.start > period.end)
    return { ok: false, errors: [{ path: 'period', message: 'The reporting period must start before it ends' }] }

  const issues: CldIssue[] = []
  const seen = new Set<string>()
  const sinkFor =
    (kind: RecordKind, id: string, path: string): Sink =>
    (column, message) => {
      const key = `${kind}:${id}:${column}:${message}`
      if (seen.has(key)) return
      seen.add(key)
      issues.push({ path: `${path}.${column}`, message, record: { kind, id }, column })
    }

  const people = new Map<string, { person: CldPerson; index: number }>()
  source.people.forEach((person, index) => {
    if (people.has(person.id))
      issues.push({
        path: `people.${String(index)}.id`,
        message: `Two people share the id ${person.id}: each person needs their own`,
        record: { kind: 'person', id: person.id },
      })
    people.set(person.id, { person, index })
  })

  const personColumns = (
    person: CldPerson,
    clientType: string,
    eventKind: RecordKind | null,
    isFinancial: boolean,
    row: CldRow,
    report: Sink,
  ): void => {
    row.NHS_Number = person.nhsNumber ?? ''
    if (!person.nhsNumber)
      report('NHS_Number', 'NHS number is missing: trace it (the Personal Demographics Service) and record it')
    else if (!isNhsNumber(person.nhsNumber))
      report(
        'NHS_Number',
        `NHS number ${person.nhsNumber} is not a valid NHS number (ten digits with a correct check digit)`,
      )
    row.LA_Person_Unique_Identifier = person.id
    row.GP_Practice_Code = person.gpPracticeCode ?? ''
    row.Gender = coded(genders, person.gender, release, true, 'Gender', report)
    row.Ethnicity = coded(ethnicities, person.ethnicity, release, true, 'Ethnicity', report)
    row.Date_of_Birth = person.dateOfBirth ?? ''
    if (!person.dateOfBirth) report('Date_of_Birth', 'Date of birth is missing: the return needs it for everyone')
    // As the period stood at its end: a death after it belongs to a later file, and a row with a date of death must
    // have an event end date (DHSC-DQ-R1), which an event still open at the period's end cannot give.
    row.Date_of_Death = person.dateOfDeath !== undefined && person.dateOfDeath <= period.end ? person.dateOfDeath : ''
    row.Client_Type = coded(clientTypes, clientType, release, true, 'Client type', report)
    const serviceUser = clientType === 'service-user'
    row.Primary_Support_Reason = coded(
      primarySupportReasons,
      person.primarySupportReason,
      release,
      eventKind !== null && eventKind !== 'request',
      'Primary support reason',
      report,
    )
    const postcode = person.postcode ? normalisePostcode(person.postcode) : null
    row.Postcode = postcode ?? ''
    if (!person.postcode) report('Postcode', 'Postcode is missing: the return needs it for everyone')
    else if (postcode === null) report('Postcode', `Postcode "${person.postcode}" is not a UK postcode`)
    row.Accommodation_Status = coded(
      accommodationStatuses,
      person.accommodationStatus,
      release,
      true,
      'Accommodation status',
      report,
    )
    const employmentNeeded =
      serviceUser &&
      person.primarySupportReason === 'learning-disability' &&
      person.dateOfBirth !== undefined &&
      ageOn(person.dateOfBirth, period.end) >= 18 &&
      ageOn(person.dateOfBirth, period.end) <= 64
    row.Employment_Status = coded(
      employmentStatuses,
      person.employmentStatus,
      release,
      employmentNeeded,
      'Employment status (needed for people aged 18 to 64 whose primary support reason is a learning disability)',
      report,
    )
    row.Has_Unpaid_Carer = coded(
      yesNo,
      person.hasUnpaidCarer === undefined ? undefined : person.hasUnpaidCarer ? 'yes' : 'no',
      release,
      true,
      'Whether the person has an unpaid carer',
      report,
    )
    if (serviceUser) {
      const fundingNeeded = eventKind === 'service' || eventKind === 'review' || isFinancial
      row.Client_Funding_Status = coded(
        clientFundingStatuses,
        person.clientFundingStatus,
        release,
        fundingNeeded,
        'Client funding status',
        report,
      )
    }
    if (carerTypes.has(clientType) && person.caring) {
      row.Total_Hrs_Caring_per_week = coded(
        hoursCaringBands,
        person.caring.hoursPerWeekBand,
        release,
        false,
        'Hours caring a week',
        report,
      )
      row.No_of_adults_being_cared_for =
        person.caring.adultsCaredFor === undefined ? '' : String(person.caring.adultsCaredFor)
      const [first, second, third] = person.caring.caredForPersonIds
      row.Adult_1_Linked_Person_ID = first ?? ''
      row.Adult_2_Linked_Person_ID = second ?? ''
      row.Adult_3_Linked_Person_ID = third ?? ''
    }
  }

  const rows: CldRow[] = []
  const inFile = new Set<string>()
  const summary: CldSummary = {
    people: 0,
    requests: 0,
    assessments: 0,
    services: 0,
    reviews: 0,
    carersKnownByAssociation: 0,
    rows: 0,
  }

  const eventRow = (
    kind: RecordKind,
    listName: string,
    index: number,
    event: Event,
    isFinancial: boolean,
    fill: (row: CldRow, report: Sink, place: { end: string | undefined; diedDuring: boolean }) => void,
  ): void => {
    const found = people.get(event.personId)
    const place = placeInPeriod(event, found?.person, kind, period)
    if (place === null) return
    const report = sinkFor(kind, event.id, `${listName}.${String(index)}`)
    if (found === undefined) {
      report(
        'LA_Person_Unique_Identifier',
        `This ${kind} is for person ${event.personId}, who is not among the people given`,
      )
      return
    }
    const row = blankRow()
    row.LA_Code = source.laCode
    row.Reporting_Period_Start_Date = period.start
    row.Reporting_Period_End_Date = period.end
    const clientType = event.clientType ?? 'service-user'
    if (clientType === 'unpaid-carer-known-by-association')
      report(
        'Client_Type',
        'A carer known only by association has no events of their own: record the event against the carer as an unpaid carer',
      )
    personColumns(
      found.person,
      clientType,
      kind,
      isFinancial,
      row,
      sinkFor('person', found.person.id, `people.${String(found.index)}`),
    )
    row.Event_Type = coded(eventTypes, kind, release, true, 'Event type', report)
    row.Event_Reference = event.id
    row.Event_Start_Date = event.start
    if (found.person.dateOfDeath !== undefined && event.start > found.person.dateOfDeath)
      report(
        'Event_Start_Date',
        `This ${kind} starts on ${event.start}, after the person's date of death (${found.person.dateOfDeath})`,
      )
    // The file shows the period as it stood at its end: a service still going then is open in it.
    row.Event_End_Date = place.end !== undefined && place.end <= period.end ? place.end : ''
    row.Event_Description = event.description ?? ''
    fill(row, report, place)
    rows.push(row)
    inFile.add(found.person.id)
  }

  const outcomeOf = (event: Event, place: { diedDuring: boolean }): string | undefined =>
    place.diedDuring && event.outcome === undefined ? 'nfa-deceased' : event.outcome

  source.requests.forEach((request, index) =>
    eventRow('request', 'requests', index, request, false, (row, report, place) => {
      row.Event_Outcome = coded(
        eventOutcomes,
        outcomeOf(request, place),
        release,
        true,
        'Outcome of the request',
        report,
      )
      row.Request_Route_of_Access = coded(
        routesOfAccess,
        request.routeOfAccess,
        release,
        true,
        'Route of access',
        report,
      )
      summary.requests += 1
    }),
  )
  source.assessments.forEach((assessment, index) => {
    const financial = assessment.assessmentType === 'financial'
    eventRow('assessment', 'assessments', index, assessment, financial, (row, report, place) => {
      row.Event_Outcome = coded(
        eventOutcomes,
        outcomeOf(assessment, place),
        release,
        !financial,
        'Outcome of the assessment',
        report,
      )
      row.Assessment_Type = coded(assessmentTypes, assessment.assessmentType, release, true, 'Assessment type', report)
      row.Eligible_Needs_Identified = coded(
        eligibleNeeds,
        assessment.eligibleNeeds,
        release,
        false,
        'Whether eligible needs were found',
        report,
      )
      row.Method_of_Assessment = coded(
        methodsOfAssessment,
        assessment.method,
        release,
        !financial,
        'Method of assessment',
        report,
      )
      summary.assessments += 1
    })
  })
  source.services.forEach((service, index) =>
    eventRow('service', 'services', index, service, false, (row, report, place) => {
      const open = row.Event_End_Date === ''
      row.Event_Outcome = coded(
        eventOutcomes,
        open ? 'provision-of-service' : outcomeOf(service, place),
        release,
        true,
        'Outcome of the service (why it ended)',
        report,
      )
      row.Service_Type = coded(serviceTypes, service.serviceType, release, true, 'Service type', report)
      row.Service_Component = coded(serviceComponents, service.component, release, true, 'Service component', report)
      row.Delivery_Mechanism = coded(
        deliveryMechanisms,
        service.deliveryMechanism,
        release,
        false,
        'Delivery mechanism',
        report,
      )
      row.Provider_CQC_Location_ID = service.providerCqcLocationId ?? ''
      row.Provider_CQC_Location_Name = service.providerCqcLocationName ?? ''
      if (service.providerCqcLocationId && !/^1-\d{6,12}$/.test(service.providerCqcLocationId))
        report(
          'Provider_CQC_Location_ID',
          `CQC location id "${service.providerCqcLocationId}" is not in the form 1-123456789`,
        )
      // DHSC-DQ-R1: costs are needed for long-term support not commissioned by the council, carer support, and short-term residential, nursing or respite.
      const costNeeded =
        (service.serviceType.startsWith('long-term') && service.deliveryMechanism !== 'cassr-commissioned-support') ||
        service.serviceType.startsWith('carer') ||
        ['short-term-residential', 'short-term-nursing', 'carer-respite'].includes(service.component)
      row.Unit_Cost = service.unitCostPence === undefined ? '' : poundsText(service.unitCostPence)
      if (costNeeded && service.unitCostPence === undefined)
        report('Unit_Cost', 'Unit cost is missing: the return needs it for this kind of service')
      row.Cost_Frequency_Unit_Type = coded(
        costFrequencies,
        service.costFrequency,
        release,
        costNeeded,
        'Cost frequency (unit type)',
        report,
      )
      row.Planned_units_per_week =
        service.plannedUnitsPerWeek === undefined ? '' : unitsText(service.plannedUnitsPerWeek)
      if (
        ['per-session', 'hourly', 'daily'].includes(service.costFrequency ?? '') &&
        service.plannedUnitsPerWeek === undefined
      ) {
        report('Planned_units_per_week', 'Planned units a week are missing: a cost per session, hour or day needs them')
      }
      summary.services += 1
    }),
  )
  source.reviews.forEach((review, index) =>
    eventRow('review', 'reviews', index, review, false, (row, report, place) => {
      row.Event_Outcome = coded(eventOutcomes, outcomeOf(review, place), release, true, 'Outcome of the review', report)
      row.Review_Reason = coded(reviewReasons, review.reason, release, true, 'Review reason', report)
      row.Review_Outcomes_Achieved = coded(
        reviewOutcomesAchieved,
        review.outcomesAchieved,
        release,
        review.reason === 'planned',
        'Outcomes achieved (needed for a planned review)',
        report,
      )
      row.Method_of_Review = coded(methodsOfReview, review.method, release, true, 'Method of review', report)
      summary.reviews += 1
    }),
  )

  // A carer recorded only because someone they care for is a client: person details, no event.
  for (const [personId, { person, index }] of people) {
    if (!person.caring?.knownByAssociation || inFile.has(personId)) continue
    // Such a row has no event to end, so a carer who had died by the period's end cannot be sent (DHSC-DQ-R1).
    if (person.dateOfDeath !== undefined && person.dateOfDeath <= period.end) continue
    if (!person.caring.caredForPersonIds.some((caredFor) => inFile.has(caredFor))) continue
    const row = blankRow()
    row.LA_Code = source.laCode
    row.Reporting_Period_Start_Date = period.start
    row.Reporting_Period_End_Date = period.end
    personColumns(
      person,
      'unpaid-carer-known-by-association',
      null,
      false,
      row,
      sinkFor('person', personId, `people.${String(index)}`),
    )
    rows.push(row)
    summary.carersKnownByAssociation += 1
  }

  if (issues.length > 0) return { ok: false, errors: issues }
  // Belt and braces: whatever the mapping above wrote, nothing off the lists leaves the package.
  const offList = checkRows(rows, release)
  if (offList.length > 0) return { ok: false, errors: offList }
  summary.people = new Set(rows.map((row) => row.LA_Person_Unique_Identifier)).size
  summary.rows = rows.length
  return {
    ok: true,
    value: {
      release,
      laCode: source.laCode,
      period,
      columns: cldColumns,
      rows,
      summary,
      rulesVersion: cldRulesVersion,
    },
  }
}
