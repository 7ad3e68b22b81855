import { z } from 'zod'
import { Age, CalendarDay, Email, Id, Text, TimeOfDay, Timestamp, WebAddress } from './fields.js'

// The Open Referral UK 3.0 objects (standards/oruk-3.0/schema/*.json), field for field: the same names, the same
// required fields, the same enums, each format at least as strict as published. Fields the standard does not define
// are dropped when parsing, except the few marked "local extension", which the standard allows ("publishers may add
// properties that do not conflict") and which fill gaps a person would notice (a phone number on a contact, the
// name of a language).

const optional = <T extends z.ZodType>(schema: T) => schema.optional()

/** Whether a record is on offer (`service.status`). */
export const ServiceStatusSchema = z.enum(['active', 'inactive', 'defunct', 'temporarily closed'])
export type ServiceStatus = z.output<typeof ServiceStatusSchema>

/** Where a location is (`location.location_type`, `address.address_type`). */
export const LocationTypeSchema = z.enum(['physical', 'postal', 'virtual'])

export const TaxonomyTermSchema = z.object({
  id: Id,
  name: Text,
  description: Text,
  parent_id: optional(Id),
  taxonomy: optional(Text),
  taxonomy_id: optional(Id),
  term_uri: optional(WebAddress),
  term: optional(Text),
})
export type TaxonomyTerm = z.output<typeof TaxonomyTermSchema>

export const TaxonomySchema = z.object({
  id: Id,
  name: Text,
  description: Text,
  uri: optional(WebAddress),
  version: optional(Text),
  taxonomy_terms: optional(z.array(TaxonomyTermSchema)),
})
export type Taxonomy = z.output<typeof TaxonomySchema>

/** How any record is tagged with a taxonomy term (ORUK 3.0 replaced `service_taxonomys` with attributes). */
export const AttributeSchema = z.object({
  id: Id,
  link_id: optional(Id),
  taxonomy_term_id: optional(Id),
  link_type: optional(Text),
  link_entity: optional(Text),
  taxonomy_term: optional(TaxonomyTermSchema),
})
export type Attribute = z.output<typeof AttributeSchema>

const attributes = optional(z.array(AttributeSchema))

export const LanguageSchema = z.object({
  id: Id,
  service_id: optional(Id),
  phone_id: optional(Id),
  /** Local extension: the language's name, e.g. "Welsh" (HSDS 3.0 has it; the UK schema does not). */
  name: optional(Text),
  /** Local extension: its ISO 639 code, e.g. "cy". */
  code: optional(z.string().regex(/^[a-z]{2,3}$/)),
})
export type Language = z.output<typeof LanguageSchema>

export const PhoneSchema = z.object({
  id: Id,
  contact_id: optional(Id),
  number: Text,
  description: optional(Text),
  languages: optional(z.array(LanguageSchema)),
})
export type Phone = z.output<typeof PhoneSchema>

export const ContactSchema = z.object({
  id: Id,
  service_id: optional(Id),
  name: optional(Text),
  title: optional(Text),
  attributes,
  /** Local extension: the contact's phone numbers (the UK schema links a phone to a contact but nests none). */
  phones: optional(z.array(PhoneSchema)),
})
export type Contact = z.output<typeof ContactSchema>

/** A price (`amount` in pounds, as the standard has it) or a note that it is free. */
export const CostOptionSchema = z
  .object({
    id: Id,
    service_id: optional(Id),
    valid_from: optional(CalendarDay),
    valid_to: optional(CalendarDay),
    option: optional(Text),
    amount: optional(z.number().min(0)),
    amount_description: optional(Text),
  })
  .refine((cost) => !cost.valid_from || !cost.valid_to || cost.valid_from <= cost.valid_to, {
    message: 'Valid to must be on or after valid from',
    path: ['valid_to'],
  })
export type CostOption = z.output<typeof CostOptionSchema>

/** When a service or a service at a location is open: RFC 5545 RRULE parts, as ORUK writes them. */
export const ScheduleSchema = z.object({
  id: Id,
  service_id: optional(Id),
  service_at_location_id: optional(Id),
  valid_from: optional(CalendarDay),
  valid_to: optional(CalendarDay),
  dtstart: optional(CalendarDay),
  freq: optional(z.enum(['WEEKLY', 'MONTHLY'])),
  interval: optional(z.int().min(1)),
  byday: optional(z.string().regex(/^([+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU))(,[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU))*$/)),
  bymonthday: optional(z.string().regex(/^-?\d{1,2}(,-?\d{1,2})*$/)),
  description: optional(Text),
  opens_at: optional(TimeOfDay),
  closes_at: optional(TimeOfDay),
  schedule_link: optional(WebAddress),
  attending_type: optional(Text),
  notes: optional(Text),
})
export type Schedule = z.output<typeof ScheduleSchema>

export const FundingSchema = z.object({ id: Id, service_id: optional(Id), source: optional(Text) })
export type Funding = z.output<typeof FundingSchema>

export const ServiceAreaSchema = z.object({
  id: Id,
  service_id: optional(Id),
  name: optional(Text),
  extent: optional(Text),
  extent_type: optional(Text),
  uri: optional(Text),
  service_area: optional(Text),
})
export type ServiceArea = z.output<typeof ServiceAreaSchema>

export const AddressSchema = z.object({
  id: Id,
  location_id: optional(Id),
  attention: optional(Text),
  address_1: Text,
  /**
   * Local extension: the second line of the street address, kept apart in the directory's own record so pages and
   * forms show it as its own line. The UK schema has one street line, so the feed joins it into `address_1`
   * (`feedServiceOf`) and never sends this field.
   */
  address_2: optional(Text),
  city: Text,
  region: optional(Text),
  state_province: Text,
  postal_code: Text,
  country: Text,
  address_type: LocationTypeSchema,
  attributes,
})
export type Address = z.output<typeof AddressSchema>

export const AccessibilitySchema = z.object({
  id: Id,
  location_id: optional(Id),
  description: optional(Text),
  details: optional(Text),
  url: optional(WebAddress),
  attributes,
  accessibility: optional(Text),
})
export type Accessibility = z.output<typeof AccessibilitySchema>

export const LocationSchema = z.object({
  id: Id,
  location_type: LocationTypeSchema,
  name: optional(Text),
  description: optional(Text),
  latitude: optional(z.number().min(-90).max(90)),
  longitude: optional(z.number().min(-180).max(180)),
  external_identifier: optional(Text),
  external_identifier_type: optional(Text),
  addresses: optional(z.array(AddressSchema)),
  accessibility: optional(z.array(AccessibilitySchema)),
  attributes,
})
export type Location = z.output<typeof LocationSchema>

export const ServiceAtLocationSchema = z.object({
  id: Id,
  service_id: optional(Id),
  location_id: optional(Id),
  location: optional(LocationSchema),
})
export type ServiceAtLocation = z.output<typeof ServiceAtLocationSchema>

export const OrganizationIdentifierSchema = z.object({
  id: Id,
  organization_id: optional(Id),
  identifier_scheme: optional(Text),
  identifier_type: Text,
  identifier: Text,
  attributes,
})
export type OrganizationIdentifier = z.output<typeof OrganizationIdentifierSchema>

export const OrganizationSchema = z.object({
  id: Id,
  name: Text,
  description: Text,
  email: optional(Email),
  website: optional(WebAddress),
  logo: optional(WebAddress),
  uri: optional(WebAddress),
  parent_organization_id: optional(Id),
  organization_identifiers: optional(z.array(OrganizationIdentifierSchema)),
  attributes,
})
export type Organization = z.output<typeof OrganizationSchema>

/** The one-to-one fields of a service: what a list item carries (`service_list.json`). */
const serviceFields = {
  id: Id,
  organization_id: optional(Id),
  name: Text,
  description: optional(Text),
  url: optional(WebAddress),
  email: optional(Email),
  status: ServiceStatusSchema,
  fees: optional(Text),
  accreditations: optional(Text),
  minimum_age: optional(Age),
  maximum_age: optional(Age),
  assured_date: optional(CalendarDay),
  assurer_email: optional(Email),
  alert: optional(Text),
  last_modified: optional(Timestamp),
}

const agesInOrder = (service: { minimum_age?: number | undefined; maximum_age?: number | undefined }) =>
  service.minimum_age === undefined || service.maximum_age === undefined || service.minimum_age <= service.maximum_age
const agesInOrderMessage = { message: 'Maximum age must be the same as the minimum age or more', path: ['maximum_age'] }

/** The fields a list item carries, for giving one from a service already checked without checking it again. */
export const SERVICE_LIST_ITEM_FIELDS: readonly string[] = [...Object.keys(serviceFields), 'organization']

/** A service as a list shows it: its own fields and its organisation, without the nested lists. */
export const ServiceListItemSchema = z
  .object({ ...serviceFields, organization: optional(OrganizationSchema) })
  .refine(agesInOrder, agesInOrderMessage)
export type ServiceListItem = z.output<typeof ServiceListItemSchema>

/** A fully nested service (`GET /services/{id}`). */
export const ServiceSchema = z
  .object({
    ...serviceFields,
    organization: optional(OrganizationSchema),
    schedules: optional(z.array(ScheduleSchema)),
    service_areas: optional(z.array(ServiceAreaSchema)),
    service_at_locations: optional(z.array(ServiceAtLocationSchema)),
    languages: optional(z.array(LanguageSchema)),
    funding: optional(z.array(FundingSchema)),
    cost_options: optional(z.array(CostOptionSchema)),
    contacts: optional(z.array(ContactSchema)),
    attributes,
  })
  .refine(agesInOrder, agesInOrderMessage)
export type Service = z.output<typeof ServiceSchema>

/** `GET /`: which standard the feed speaks. The validator reads `version` first, so it must say HSDS-UK-3.0. */
export const ApiDetailsSchema = z.object({ version: Text, profile: WebAddress, openapi_url: WebAddress })
export type ApiDetails = z.output<typeof ApiDetailsSchema>
