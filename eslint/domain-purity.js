// Domain packages are pure (see docs/decisions): the same input always gives the same answer, so every rule can be
// tested with plain values and explained years later. These lists keep out what would make an answer depend on the
// world: I/O, the clock, randomness, the environment and the console. Tests, examples and benchmarks are outside
// src/, so they may read the clock or print.
import { builtinModules } from 'node:module'

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const builtins = builtinModules
  .filter((name) => !name.startsWith('node:'))
  .map(escape)
  .join('|')

export const noNodeBuiltins = {
  patterns: [
    {
      regex: `^(node:.*|(${builtins})(/.*)?)$`,
      message:
        'Domain packages do no I/O: take what you need as an argument and let the host (the portal, a script) read it.',
    },
  ],
}

const clockMessage = 'Domain packages do not read the clock: take `now` (or the date) as an argument.'
const randomMessage = 'Domain packages use no randomness: take the value (or a random source) as an argument.'
const hostMessage = 'Domain packages do not reach the host: take settings as arguments and return problems as results.'

export const noHostGlobals = [
  { name: 'process', message: hostMessage },
  {
    name: 'console',
    message: 'Domain packages do not print: return what happened (a Result, an explanation) instead.',
  },
  { name: 'fetch', message: hostMessage },
  { name: 'XMLHttpRequest', message: hostMessage },
  { name: 'WebSocket', message: hostMessage },
  { name: 'setTimeout', message: clockMessage },
  { name: 'setInterval', message: clockMessage },
  { name: 'setImmediate', message: clockMessage },
  { name: 'performance', message: clockMessage },
  { name: 'crypto', message: randomMessage },
]

export const noClockOrRandomProperties = [
  { object: 'Date', property: 'now', message: clockMessage },
  { object: 'Math', property: 'random', message: randomMessage },
  { object: 'globalThis', property: 'process', message: hostMessage },
  { object: 'globalThis', property: 'console', message: hostMessage },
  { object: 'globalThis', property: 'crypto', message: randomMessage },
  { object: 'globalThis', property: 'performance', message: clockMessage },
]

export const noClockSyntax = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: clockMessage },
  { selector: "CallExpression[callee.name='Date']", message: clockMessage },
]
