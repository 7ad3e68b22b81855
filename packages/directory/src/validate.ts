import { parse, type FieldLabels, type Result } from '@open-sds/kernel'
import {
  OrganizationSchema,
  ServiceSchema,
  TaxonomySchema,
  TaxonomyTermSchema,
  type Organization,
  type Service,
  type Taxonomy,
  type TaxonomyTerm,
} from './schemas.js'

// Each check answers with the kernel's one plain-English wording, naming the field ("Email must be an email address,
// for example name@example.com"), and never throws: a record from a form or another council's feed is just input.

/** Names for the ORUK fields whose spelt-out key reads badly ("Url", "Opens at"). */
export const fieldLabels: FieldLabels = {
  url: 'Web address',
  uri: 'URI',
  term_uri: 'Term URI',
  schedule_link: 'Schedule link',
  opens_at: 'Opening time',
  closes_at: 'Closing time',
  byday: 'Days',
  bymonthday: 'Days of the month',
  freq: 'How often',
  id: 'Identifier',
}

const options = { labels: fieldLabels }

/** A fully nested service, checked against the ORUK 3.0 service schema. */
export const parseService = (input: unknown): Result<Service> => parse(ServiceSchema, input, options)

/** An organisation, checked against the ORUK 3.0 organization schema. */
export const parseOrganization = (input: unknown): Result<Organization> => parse(OrganizationSchema, input, options)

/** A taxonomy with its terms. */
export const parseTaxonomy = (input: unknown): Result<Taxonomy> => parse(TaxonomySchema, input, options)

/** One taxonomy term. */
export const parseTaxonomyTerm = (input: unknown): Result<TaxonomyTerm> => parse(TaxonomyTermSchema, input, options)
