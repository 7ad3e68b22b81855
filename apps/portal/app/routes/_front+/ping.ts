// A bare route with no database or plugin work: the floor that the start page's load test is measured against,
// and a liveness check for whoever runs the portal.
export function loader() {
  return new Response('ok', { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}
