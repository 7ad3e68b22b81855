import { getTableName, is } from 'drizzle-orm'
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core'
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { describe, expect, it } from 'vitest'
import * as pgSchema from '../src/pg/schema.js'
import * as sqliteSchema from '../src/schema.js'

// Decision 020: the PostgreSQL tables are the SQLite tables' twins. This compares what both engines must agree on.

/** CHECKs SQLite needs and PostgreSQL does not, because PostgreSQL's column type already guarantees them. */
const checksTheTypeGuarantees = new Set([
  'person_return_details_has_unpaid_carer_boolean', // boolean column
  'assessments_answers_json', // json column
  'eligibility_decisions_determination_json', // json column
  'eligibility_decisions_eligible_boolean', // boolean column
  'ras_versions_config_json', // json column
  'ras_versions_calibration_json', // json column
  'safeguarding_concerns_follow_up_boolean', // boolean column
  'coproduction_surveys_definition_json', // json column
  'coproduction_activities_participants_json', // json column
  'coproduction_activities_decisions_json', // json column
  'safeguarding_concerns_concern_json', // json column
  'section42_decisions_decision_json', // json column
  'safeguarding_enquiries_enquiry_json', // json column
  'safeguarding_enquiry_events_detail_json', // json column
  'support_plan_versions_plan_json', // json column
  'support_plan_transitions_changes_json', // json column
  'outcome_ratings_framework_items_json', // json column
  'financial_assessments_answers_json', // json column
  'positive_risk_assessments_proposal_json', // json column
  'positive_risk_assessments_rating_json', // json column
  'positive_risk_decisions_assessment_json', // json column
  'directory_organizations_record_json', // json column
  'directory_services_record_json', // json column
  'directory_taxonomies_record_json', // json column
  'directory_taxonomy_terms_record_json', // json column
  'directory_listers_record_json', // json column
  'directory_listing_versions_record_json', // json column
  'referrals_details_json', // json column
  'carer_assessments_answers_json', // json column
  'carer_determinations_determination_json', // json column
  'carer_plans_plan_json', // json column
  'carer_plans_explanation_json', // json column
  'outbox_deliveries_check_first_boolean', // boolean column
])

type Shape = {
  columns: Record<string, { notNull: boolean; hasDefault: boolean; primary: boolean; unique: boolean }>
  primaryKey: string[]
  indexes: Record<string, { unique: boolean; columns: string[]; partial: boolean }>
  foreignKeys: string[]
  checks: string[]
}

type AnyConfig = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>

function shapeOf(config: AnyConfig, skipChecks = new Set<string>()): Shape {
  return {
    columns: Object.fromEntries(
      config.columns.map((column) => [
        column.name,
        { notNull: column.notNull, hasDefault: column.hasDefault, primary: column.primary, unique: column.isUnique },
      ]),
    ),
    primaryKey: config.primaryKeys.flatMap((key) => key.columns.map((column) => column.name)),
    indexes: Object.fromEntries(
      config.indexes.map((index) => [
        index.config.name,
        {
          unique: index.config.unique ?? false,
          columns: index.config.columns.map((column) => ('name' in column ? String(column.name) : '(expression)')),
          partial: index.config.where !== undefined,
        },
      ]),
    ),
    foreignKeys: config.foreignKeys
      .map((key) => {
        const reference = key.reference()
        return `${reference.columns.map((column) => column.name).join(',')} -> ${getTableName(reference.foreignTable)}(${reference.foreignColumns.map((column) => column.name).join(',')}) on delete ${key.onDelete ?? 'no action'}`
      })
      .sort(),
    checks: config.checks
      .map((check) => check.name)
      .filter((name) => !skipChecks.has(name))
      .sort(),
  }
}

const sqliteTables = (Object.values(sqliteSchema) as unknown[]).filter((value): value is SQLiteTable =>
  is(value, SQLiteTable),
)
const pgTables = (Object.values(pgSchema) as unknown[]).filter((value): value is PgTable => is(value, PgTable))
const pgByName = new Map<string, PgTable>(pgTables.map((table) => [getTableName(table), table]))

describe('the PostgreSQL schema is the SQLite schema’s twin (decision 020)', () => {
  it('has a twin for every SQLite table, and no table SQLite lacks', () => {
    const sqliteNames = sqliteTables.map((table) => getTableName(table)).sort()
    expect([...pgByName.keys()].sort()).toEqual(sqliteNames)
  })

  it.each(
    sqliteTables.filter((table) => pgByName.has(getTableName(table))).map((table) => [getTableName(table), table]),
  )('%s has the same columns, keys, indexes and constraints on both engines', (name, table) => {
    const twin = pgByName.get(name as string) as PgTable
    expect(shapeOf(pgConfig(twin))).toEqual(shapeOf(sqliteConfig(table as SQLiteTable), checksTheTypeGuarantees))
  })
})
