#!/usr/bin/env node
// The command's entry point is committed, not built, so that installing the workspace can link it before anything
// is built (pnpm warned of a missing file at every fresh install); the command itself is the build's dist/cli.js.
await import('../dist/cli.js')
