// Starting the portal and talking to it over HTTP, shared by the portal's route tests and the benchmarks.
export { PortalClient, csrfTokenIn } from './http-client.js'
export {
  freePort,
  runPortalExpectingExit,
  startPortal,
  type PortalOptions,
  type RunningPortal,
} from './portal-process.js'
