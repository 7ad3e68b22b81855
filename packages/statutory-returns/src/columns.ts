/**
 * The CLD columns in the order of the national template, spelled as the national database and code spell them
 * (domain note statutory-returns.md section 3). `First_Name` and `Last_Name` appear in some councils' templates but
 * not in the data-quality rules, so, to send no more personal data than the return uses, they are not written.
 */
export const cldColumns = [
  'LA_Code',
  'Reporting_Period_Start_Date',
  'Reporting_Period_End_Date',
  'NHS_Number',
  'LA_Person_Unique_Identifier',
  'GP_Practice_Code',
  'GP_Practice_Name',
  'Gender',
  'Ethnicity',
  'Date_of_Birth',
  'Date_of_Death',
  'Client_Type',
  'Primary_Support_Reason',
  'Postcode',
  'Accommodation_Status',
  'Employment_Status',
  'Has_Unpaid_Carer',
  'Autism_Spectrum_Disorder_ASD',
  'Visual_Impairment',
  'Hearing_Impairment',
  'Dementia',
  'Client_Funding_Status',
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
  'Total_Hrs_Caring_per_week',
  'No_of_adults_being_cared_for',
  'Adult_1_Linked_Person_ID',
  'Adult_2_Linked_Person_ID',
  'Adult_3_Linked_Person_ID',
  'Service_Type',
  'Service_Component',
  'Delivery_Mechanism',
  'Provider_CQC_Location_ID',
  'Provider_CQC_Location_Name',
  'Review_Reason',
  'Review_Outcomes_Achieved',
  'Method_of_Review',
  'Unit_Cost',
  'Cost_Frequency_Unit_Type',
  'Planned_units_per_week',
] as const

export type CldColumn = (typeof cldColumns)[number]

/** One row of the file: every column, blank where it does not apply. */
export type CldRow = Record<CldColumn, string>

// One blank row, copied for each new row: a large file makes one per event (hundreds of thousands), and a copy of an
// object literal keeps V8's fast property layout where building each one from entries does not.
const BLANK = Object.freeze(Object.fromEntries(cldColumns.map((column) => [column, ''])) as CldRow)

export const blankRow = (): CldRow => ({ ...BLANK })
