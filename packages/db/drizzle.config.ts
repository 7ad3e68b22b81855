import { defineConfig } from 'drizzle-kit'

// `pnpm --filter @open-sds/db run db:generate` writes a new migration after a change to the schema. Commit the SQL.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/schema.ts',
  out: './migrations',
})
