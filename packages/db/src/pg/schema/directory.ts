import { sql } from 'drizzle-orm'
import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { directoryStatuses } from '../../schema/directory.js'
import { jsonValue, oneOf, timeMs } from '../columns.js'

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
