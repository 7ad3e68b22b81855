import { useRouteLoaderData } from '@remix-run/react'
import type { RootData } from '~/root'

/** The hidden token every form posts back, proving the form came from this site. */
export function CsrfInput() {
  const root = useRouteLoaderData<RootData>('root')
  return <input type="hidden" name="csrf" value={root?.csrfToken ?? ''} />
}
