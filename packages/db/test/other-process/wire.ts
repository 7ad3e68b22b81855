import type { Repositories } from '../../src/index.js'

/** One repository call sent to the other process. */
export type Call = { repository: keyof Repositories; method: string; args: unknown[] }

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** JSON.parse that turns the instants JSON.stringify wrote back into Dates, as the repositories expect them. */
export const fromJson = (line: string): unknown =>
  JSON.parse(line, (_key, value: unknown) =>
    typeof value === 'string' && instant.test(value) ? new Date(value) : value,
  )
