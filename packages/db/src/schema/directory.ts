/*
 * The service directory (issue 17, decision 036): Open Referral UK 3.0 records, each kept whole as the validated ORUK
 * JSON (`record`), with the few columns a list, a filter or a join needs beside it. For a reader with plain SQL:
 *
 * - `directory_organizations`: one row per organisation; `record` is its ORUK organization object.
 * - `directory_services`: one row per service; `record` is the fully nested ORUK service WITHOUT its `organization`
 *   (joined from `directory_organizations` on read, so an organisation's change shows on all its services) and
 *   without `last_modified` (the `modified_at` column, milliseconds since the epoch, is the one truth of it).
 *   `search_text` is its words in lower case, for a cheap word search on both engines.
 * - `directory_taxonomies`, `directory_taxonomy_terms`: the taxonomies services are tagged with, each term's
 *   `record` its ORUK taxonomy_term object (without the nested taxonomy).
 * - `directory_service_terms`: which terms tag which service (from the service's attributes), for "services with this
 *   term" and "with any term of this taxonomy" without reading every record.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const directoryStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const directoryOrganizations = sqliteTable(
  'directory_organizations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    record: text('record', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    modifiedAt: integer('modified_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [check('directory_organizations_record_json', sql`json_valid(${table.record})`)],
)

export const directoryServices = sqliteTable(
  'directory_services',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').references(() => directoryOrganizations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    status: text('status', { enum: directoryStatuses }).notNull(),
    record: text('record', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    searchText: text('search_text').notNull(),
    modifiedAt: integer('modified_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // A feed pages through services by name (then id, so a page never repeats or skips one of two same names).
    index('directory_services_name_id').on(table.name, table.id),
    index('directory_services_modified_at').on(table.modifiedAt),
    index('directory_services_organization_id').on(table.organizationId),
    check('directory_services_status_known', sql`${table.status} in (${oneOf(directoryStatuses)})`),
    check('directory_services_record_json', sql`json_valid(${table.record})`),
  ],
)

export const directoryTaxonomies = sqliteTable(
  'directory_taxonomies',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    record: text('record', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (table) => [check('directory_taxonomies_record_json', sql`json_valid(${table.record})`)],
)

export const directoryTaxonomyTerms = sqliteTable(
  'directory_taxonomy_terms',
  {
    id: text('id').primaryKey(),
    taxonomyId: text('taxonomy_id').references(() => directoryTaxonomies.id, { onDelete: 'restrict' }),
    parentId: text('parent_id'),
    name: text('name').notNull(),
    record: text('record', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (table) => [
    index('directory_taxonomy_terms_taxonomy_id_name').on(table.taxonomyId, table.name),
    index('directory_taxonomy_terms_parent_id').on(table.parentId),
    check('directory_taxonomy_terms_record_json', sql`json_valid(${table.record})`),
  ],
)

export const directoryServiceTerms = sqliteTable(
  'directory_service_terms',
  {
    serviceId: text('service_id')
      .notNull()
      .references(() => directoryServices.id, { onDelete: 'cascade' }),
    termId: text('term_id')
      .notNull()
      .references(() => directoryTaxonomyTerms.id, { onDelete: 'restrict' }),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.termId] }),
    index('directory_service_terms_term_id').on(table.termId),
  ],
)
