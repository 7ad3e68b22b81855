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
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from '../schema.js'

export const directoryStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const
/** The kinds of organisation that sign up to list their services (issue 17). */
export const directoryListerKinds = ['provider', 'user-led organisation', 'community group'] as const
export type DirectoryListerKind = (typeof directoryListerKinds)[number]
/** What the assurer decides about a version of a listing. */
export const directoryReviewDecisions = ['published', 'returned'] as const
export type DirectoryReviewDecision = (typeof directoryReviewDecisions)[number]

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

/*
 * Keeping it true (issue 17, decision 042): organisations sign up and list their services; the council's assurer
 * reviews each version before it is published. All three tables are append-only (migrations add triggers that refuse
 * UPDATE and DELETE), so what was listed, by whom, and what the assurer decided stays known.
 *
 * - `directory_listers`: an organisation as it signed up, with the account that signed it up. Its `record` is its
 *   ORUK organization object; it reaches the open feed only with its first published service.
 * - `directory_listing_versions`: each version of a service as the organisation submitted it (`record`, the fully
 *   nested ORUK service with its organisation), numbered from 1 per service.
 * - `directory_listing_reviews`: the assurer's decision on a version: published (copied into `directory_services`
 *   in the same transaction, with `assured_date`) or returned with a reason. At most one per version.
 */
export const directoryListers = sqliteTable(
  'directory_listers',
  {
    organizationId: text('organization_id').primaryKey(),
    kind: text('kind', { enum: directoryListerKinds }).notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    record: text('record', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    signedUpAt: integer('signed_up_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('directory_listers_user_id').on(table.userId),
    check('directory_listers_kind_known', sql`${table.kind} in (${oneOf(directoryListerKinds)})`),
    check('directory_listers_record_json', sql`json_valid(${table.record})`),
  ],
)

export const directoryListingVersions = sqliteTable(
  'directory_listing_versions',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id').notNull(),
    version: integer('version').notNull(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => directoryListers.organizationId, { onDelete: 'restrict' }),
    record: text('record', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    submittedByUserId: text('submitted_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    // The import run that sent this version (decision 065), or null for one an organisation sent. No foreign key: the
    // run's row is written last in the same transaction, when its counts are known, and is never changed after.
    importId: text('import_id'),
  },
  (table) => [
    uniqueIndex('directory_listing_versions_service_version').on(table.serviceId, table.version),
    index('directory_listing_versions_organization_id').on(table.organizationId),
    index('directory_listing_versions_import_id').on(table.importId),
    check('directory_listing_versions_version_positive', sql`${table.version} >= 1`),
    check('directory_listing_versions_record_json', sql`json_valid(${table.record})`),
  ],
)

export const directoryListingReviews = sqliteTable(
  'directory_listing_reviews',
  {
    versionId: text('version_id')
      .primaryKey()
      .references(() => directoryListingVersions.id, { onDelete: 'restrict' }),
    decision: text('decision', { enum: directoryReviewDecisions }).notNull(),
    reason: text('reason'),
    reviewedByUserId: text('reviewed_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    check('directory_listing_reviews_decision_known', sql`${table.decision} in (${oneOf(directoryReviewDecisions)})`),
    // A listing sent back says what to change.
    check(
      'directory_listing_reviews_returned_with_reason',
      sql`${table.decision} = 'published' or coalesce(length(trim(${table.reason})), 0) > 0`,
    ),
  ],
)

/*
 * Each import of another directory's feed (decision 065), kept whole and never changed (triggers refuse UPDATE and
 * DELETE): who imported it and when, the source as given (`source`, an address or a file name) and as matched
 * (`source_key`, the feed the ids are worked out from, decision 063), the SHA-256 of what was read (`sha256`, hex), the
 * counts, and `report`, the JSON list of what happened to each record.
 */
export const directoryImports = sqliteTable(
  'directory_imports',
  {
    id: text('id').primaryKey(),
    importedByUserId: text('imported_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    importedAt: integer('imported_at', { mode: 'timestamp_ms' }).notNull(),
    source: text('source').notNull(),
    sourceKey: text('source_key').notNull(),
    sha256: text('sha256').notNull(),
    assured: integer('assured', { mode: 'boolean' }).notNull(),
    added: integer('added').notNull(),
    changed: integer('changed').notNull(),
    unchanged: integer('unchanged').notNull(),
    refused: integer('refused').notNull(),
    report: text('report', { mode: 'json' }).$type<unknown[]>().notNull(),
  },
  (table) => [
    index('directory_imports_imported_at').on(table.importedAt),
    index('directory_imports_sha256').on(table.sha256),
    check('directory_imports_report_json', sql`json_valid(${table.report})`),
  ],
)
