// The repository's own lint rules, as an ESLint plugin used by eslint.config.js.
import { noCrossPackageImports } from './no-cross-package-imports.js'
import { refusalsRedirected } from './refusals-redirected.js'

export default {
  meta: { name: 'open-sds' },
  rules: { 'no-cross-package-imports': noCrossPackageImports, 'refusals-redirected': refusalsRedirected },
}
