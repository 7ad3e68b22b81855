import { afterEach, vi } from 'vitest'

// Any console.error during a test is a bug someone would otherwise miss: fail the test that caused it.
const consoleError = vi.spyOn(console, 'error')
afterEach(() => {
  const calls = consoleError.mock.calls
  if (calls.length > 0) {
    const first = calls[0]?.map(String).join(' ')
    consoleError.mockClear()
    throw new Error(`console.error was called during the test: ${first}`)
  }
})
