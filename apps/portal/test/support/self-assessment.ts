import { csrfTokenIn, type PortalClient } from '@open-sds/portal-harness'

/**
 * Answers every question of the self-assessment with the first option offered, as a person would with a browser
 * without JavaScript, then sends it; `onPage` sees each question page. Returns the address the portal sent them to (the budget page).
 */
export async function completeSelfAssessment(
  client: PortalClient,
  personId: string,
  onPage: (html: string) => void = () => {},
): Promise<string> {
  const base = `/people/${personId}/self-assessment`
  let location = (await client.submit(base, {})).headers.get('location') ?? ''
  for (let page = 0; page < 60 && !location.endsWith('/check'); page += 1) {
    const html = await (await client.get(location)).text()
    onPage(html)
    const firstOption = /name="answer" type="(?:radio|checkbox)" value="([^"]+)"/.exec(html)?.[1]
    if (!firstOption) throw new Error(`No choice to make on ${location}`)
    const response = await client.post(location, { csrf: csrfTokenIn(html), answer: firstOption, intent: 'continue' })
    location = response.headers.get('location') ?? ''
    if (response.status !== 302) throw new Error(`Answering ${location} gave ${response.status}`)
  }
  const sent = await client.submit(`${base}/check`, {})
  if (sent.status !== 302) throw new Error(`Sending the self-assessment gave ${sent.status}`)
  return sent.headers.get('location') ?? ''
}
