import { defineConfig } from 'drizzle-kit'

// PostgreSQL's migrations, from the PostgreSQL twin of the schema (decision 020):
// `pnpm --filter @open-sds/db run db:generate` writes both engines' migrations after a change. Commit the SQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/pg/schema.ts',
  out: './migrations-pg',
})
