import { z } from 'zod'
import { AnswersSchema } from './answers.js'
import { QuestionnaireDefinitionSchema } from './schema.js'

/** JSON Schema (draft 2020-12) of the public contract, for callers that do not use TypeScript. */
export const jsonSchemas = {
  questionnaireDefinition: z.toJSONSchema(QuestionnaireDefinitionSchema),
  answers: z.toJSONSchema(AnswersSchema),
}
