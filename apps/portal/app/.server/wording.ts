/**
 * Whether the person reads Easy Read wording (issue 19). Chosen with a link, `?wording=easy-read` or
 * `?wording=standard`, so it works without JavaScript; kept in a cookie, so it stays switched on every page that has
 * Easy Read wording (the self-assessment, the budget, surveys) until they switch back.
 */
const COOKIE = 'open_sds_wording'

export function wordingChosen(request: Request): { easyRead: boolean; headers: Record<string, string> } {
  // A survey's own "Easy Read version" link says `variant`; it switches the same way, so the choice stays switched.
  const params = new URL(request.url).searchParams
  const chosen = params.get('wording') ?? params.get('variant')
  if (chosen === 'easy-read' || chosen === 'standard') {
    const easyRead = chosen === 'easy-read'
    const cookie = `${COOKIE}=${chosen}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`
    return { easyRead, headers: { 'Set-Cookie': cookie } }
  }
  const kept = (request.headers.get('Cookie') ?? '').split(/;\s*/).find((part) => part.startsWith(`${COOKIE}=`))
  return { easyRead: kept === `${COOKIE}=easy-read`, headers: {} }
}
