import { z } from 'zod'
import { ActivitySchema } from './activity.js'
import { ModerationDecisionSchema } from './moderation.js'
import { AnonymousResponseSchema, NamedResponseSchema, ResponseInputSchema, SurveyResponseSchema } from './response.js'
import { SurveySchema } from './survey.js'
import { StatementSchema, SurveySetSchema } from './survey-set.js'
import { SurveyTokenSchema } from './token.js'
import { ActionStatusSchema, YouSaidWeDidInputSchema, YouSaidWeDidSchema } from './you-said-we-did.js'

/** JSON Schema (draft 2020-12) of the public contract, for callers that do not use TypeScript. */
export const jsonSchemas = {
  survey: z.toJSONSchema(SurveySchema, { io: 'input' }),
  responseInput: z.toJSONSchema(ResponseInputSchema, { io: 'input' }),
  response: z.toJSONSchema(SurveyResponseSchema),
  anonymousResponse: z.toJSONSchema(AnonymousResponseSchema),
  namedResponse: z.toJSONSchema(NamedResponseSchema),
  moderationDecision: z.toJSONSchema(ModerationDecisionSchema, { io: 'input' }),
  youSaidWeDidInput: z.toJSONSchema(YouSaidWeDidInputSchema, { io: 'input' }),
  youSaidWeDid: z.toJSONSchema(YouSaidWeDidSchema),
  actionStatus: z.toJSONSchema(ActionStatusSchema),
  activity: z.toJSONSchema(ActivitySchema, { io: 'input' }),
  surveyToken: z.toJSONSchema(SurveyTokenSchema),
  surveySet: z.toJSONSchema(SurveySetSchema, { io: 'input' }),
  statement: z.toJSONSchema(StatementSchema, { io: 'input' }),
}
