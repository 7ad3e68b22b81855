import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { directoryListerKinds, directoryReviewDecisions, directoryStatuses } from '../../schema/directory.js'
import { int, jsonValue, oneOf, timeMs } from '../columns.js'
import { users } from '../schema.js'

// The PostgreSQL twin of ../../schema/directory.ts, which says what these tables hold (decision 036).

export const directoryOrganizations = pgTable('directory_organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  record: jsonValue<Record<string, unknown>>('record').notNull(),
  modifiedAt: timeMs('modified_at').notNull(),
})

export const directoryServices = pgTable(
  'directory_services',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').references(() => directoryOrganizations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    status: text('status', { enum: directoryStatuses }).notNull(),
    record: jsonValue<Record<string, unknown>>('record').notNull(),
    searchText: text('search_text').notNull(),
    modifiedAt: timeMs('modified_at').notNull(),
  },
  (table) => [
    index('directory_services_name_id').on(table.name, table.id),
    index('directory_services_modified_at').on(table.modifiedAt),
    index('directory_services_organization_id').on(table.organizationId),
    check('directory_services_status_known', sql`${table.status} in (${oneOf(directoryStatuses)})`),
  ],
)

export const directoryTaxonomies = pgTable('directory_taxonomies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  record: jsonValue<Record<string, unknown>>('record').notNull(),
})

export const directoryTaxonomyTerms = pgTable(
  'directory_taxonomy_terms',
  {
    id: text('id').primaryKey(),
    taxonomyId: text('taxonomy_id').references(() => directoryTaxonomies.id, { onDelete: 'restrict' }),
    parentId: text('parent_id'),
    name: text('name').notNull(),
    record: jsonValue<Record<string, unknown>>('record').notNull(),
  },
  (table) => [
    index('directory_taxonomy_terms_taxonomy_id_name').on(table.taxonomyId, table.name),
    index('directory_taxonomy_terms_parent_id').on(table.parentId),
  ],
)

export const directoryServiceTerms = pgTable(
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

// Keeping it true (decision 042): organisations that list, each version of a listing, the assurer's decisions.
export const directoryListers = pgTable(
  'directory_listers',
  {
    organizationId: text('organization_id').primaryKey(),
    kind: text('kind', { enum: directoryListerKinds }).notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    record: jsonValue<Record<string, unknown>>('record').notNull(),
    signedUpAt: timeMs('signed_up_at').notNull(),
  },
  (table) => [
    index('directory_listers_user_id').on(table.userId),
    check('directory_listers_kind_known', sql`${table.kind} in (${oneOf(directoryListerKinds)})`),
  ],
)

export const directoryListingVersions = pgTable(
  'directory_listing_versions',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id').notNull(),
    version: int('version').notNull(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => directoryListers.organizationId, { onDelete: 'restrict' }),
    record: jsonValue<Record<string, unknown>>('record').notNull(),
    submittedByUserId: text('submitted_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    submittedAt: timeMs('submitted_at').notNull(),
    importId: text('import_id'),
  },
  (table) => [
    uniqueIndex('directory_listing_versions_service_version').on(table.serviceId, table.version),
    index('directory_listing_versions_organization_id').on(table.organizationId),
    index('directory_listing_versions_import_id').on(table.importId),
    check('directory_listing_versions_version_positive', sql`${table.version} >= 1`),
  ],
)

export const directoryListingReviews = pgTable(
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
    reviewedAt: timeMs('reviewed_at').notNull(),
  },
  (table) => [
    check('directory_listing_reviews_decision_known', sql`${table.decision} in (${oneOf(directoryReviewDecisions)})`),
    check(
      'directory_listing_reviews_returned_with_reason',
      sql`${table.decision} = 'published' or coalesce(length(trim(${table.reason})), 0) > 0`,
    ),
  ],
)

// Each import run (decision 065), append-only.
export const directoryImports = pgTable(
  'directory_imports',
  {
    id: text('id').primaryKey(),
    importedByUserId: text('imported_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    importedAt: timeMs('imported_at').notNull(),
    source: text('source').notNull(),
    sourceKey: text('source_key').notNull(),
    sha256: text('sha256').notNull(),
    assured: boolean('assured').notNull(),
    added: int('added').notNull(),
    changed: int('changed').notNull(),
    unchanged: int('unchanged').notNull(),
    refused: int('refused').notNull(),
    report: jsonValue<unknown[]>('report').notNull(),
  },
  (table) => [
    index('directory_imports_imported_at').on(table.importedAt),
    index('directory_imports_sha256').on(table.sha256),
    check('directory_imports_report_json', sql`json_typeof(${table.report}) = 'array'`),
  ],
)
