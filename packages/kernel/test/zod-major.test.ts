import { expect, it } from 'vitest'
import { parse } from '../src/index.ts'

// docs/decisions/013-zod-policy.md. The real zod 3 case is proven from the packed tarball by
// tools/packaging/test/zod3.test.ts; this stand-in has zod 3's shape: a safeParse, and no `_zod`.
const zod3LikeSchema = { safeParse: (input: unknown) => ({ success: true as const, data: input }) }

it('refuses a schema that is not zod 4, saying so, instead of returning zod 3 wording', () => {
  // @ts-expect-error not a zod 4 schema
  expect(() => parse(zod3LikeSchema, { name: 'Sam' })).toThrow(
    new TypeError(
      '@open-sds/kernel parse() needs a zod 4 schema, and this is not one (is it from zod 3?). ' +
        'Build the schema with zod 4: an app on zod 3 can install zod 4 beside it under another name.',
    ),
  )
})
