import path from 'node:path'
import { expect, inject, it } from 'vitest'
import { type Resolution, resolutions, tsconfigFile } from '../src/consumer-files.ts'
import { importsWithoutTypes } from '../src/resolution-trace.ts'
import { runTool } from '../src/run.ts'

const app = path.join(inject('packagingWorkDir'), 'app')
const ours = (file: string) => file.includes('/node_modules/@open-sds/') || !file.includes('/node_modules/')

it.each(Object.keys(resolutions) as Resolution[])(
  'tsc --strict passes with moduleResolution %s on a file importing every package and on every README example, and every import in the packages finds its types',
  (resolution) => {
    const ran = runTool('tsc', ['-p', tsconfigFile(resolution), '--traceResolution'], app)
    const errors = ran.output.split('\n').filter((line) => !line.startsWith('======== ') && / error TS\d+/.test(line))
    expect(errors, `tsc -p ${tsconfigFile(resolution)} in the consumer project`).toEqual([])
    expect(ran.status).toBe(0)
    expect(
      importsWithoutTypes(ran.output, ours),
      'imports that find no type declarations (so are silently `any`)',
    ).toEqual([])
  },
)
