import type { Issue } from '@open-sds/kernel'

/** One message for the log when plugins stop the portal starting: every problem, numbered, and what to do. */
export function formatPluginErrors(issues: readonly Issue[]): string {
  if (issues.length === 0) return 'The plugins have no problems.'
  const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`
  return [
    `The portal cannot start because of ${count} with its plugins:`,
    '',
    ...issues.map((issue, index) => `  ${index + 1}. ${issue.message}`),
    '',
    "Fix each one in the plugin it names (or remove that plugin from the portal's configuration), then start the portal again.",
  ].join('\n')
}
