import { fileURLToPath } from 'node:url'
import { drizzle } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database each PostgreSQL test copies (CREATE DATABASE … TEMPLATE), when there is a test server. */
    postgresTemplate: { serverUrl: string; template: string } | undefined
  }
}

/**
 * With a test server (OPEN_SDS_TEST_POSTGRES_URL, set by scripts/with-postgres.sh), migrates one template database
 * for the whole run and drops it afterwards; each test then gets its own copy, which takes milliseconds.
 * In CI the server is required, so the PostgreSQL half of the tests can never be skipped without anyone noticing.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.OPEN_SDS_TEST_POSTGRES_URL?.trim()
  if (!serverUrl) {
    if (process.env.CI)
      throw new Error(
        'The database tests run on PostgreSQL as well as SQLite, and CI is set but OPEN_SDS_TEST_POSTGRES_URL is not. ' +
          'Run them through scripts/with-postgres.sh (npm test does).',
      )
    project.provide('postgresTemplate', undefined)
    return
  }
  const template = `open_sds_template_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`drop database if exists ${template}`)
  await admin.query(`create database ${template}`)
  const url = new URL(serverUrl)
  url.pathname = `/${template}`
  // drizzle's migrator directly: this file runs outside the tests' module resolution, so it imports no package source.
  const client = new pg.Client({ connectionString: url.href })
  await client.connect()
  try {
    await migrate(drizzle({ client }), {
      migrationsFolder: fileURLToPath(new URL('../migrations-pg', import.meta.url)),
    })
  } finally {
    await client.end()
  }
  project.provide('postgresTemplate', { serverUrl, template })
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`)
    await admin.end()
  }
}
