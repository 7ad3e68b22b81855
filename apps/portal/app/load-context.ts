/**
 * Per-request values from the HTTP server. The same object reaches a request's action and then its loaders,
 * which is how an action that found errors tells the root to say "Error:" in the page title.
 */
export type RequestState = { formHasErrors: boolean }

declare module '@remix-run/node' {
  interface AppLoadContext {
    clientAddress: string
    requestState: RequestState
    /** Set by server.js when it refused the request before Remix: the styled page to show instead. */
    refusal?: { status: number; message: string }
  }
}

export {}
