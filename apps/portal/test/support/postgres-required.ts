/**
 * The route tests run on PostgreSQL as well as SQLite when there is a test server (./engines.ts). In CI the server is
 * required, so the PostgreSQL half can never be skipped without anyone noticing (as in the db package, decision 020).
 */
export default function setup() {
  if (process.env.CI && !process.env.OPEN_SDS_TEST_POSTGRES_URL?.trim())
    throw new Error(
      'The portal’s route tests run on PostgreSQL as well as SQLite, and CI is set but OPEN_SDS_TEST_POSTGRES_URL is ' +
        'not. Run them through scripts/with-postgres.sh (npm test does).',
    )
}
