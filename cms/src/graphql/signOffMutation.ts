import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { Stage } from '../lib/reviewStages'
import { signOffStory } from '../lib/signOff'
import type { StoryCollection } from '../lib/storyOwnership'

/**
 * `mutation { signOffStory(collection: articles, id: "12", stage: "first", note: "…") { workflow } }`
 * — the same sign-off as `POST /api/:collection/:id/sign-off`, refused the same way (the error
 * carries the message and `extensions.statusCode` 403 or 409).
 */
export const signOffMutation: GraphQLExtension = (GraphQL) => {
  const state = new GraphQL.GraphQLObjectType({
    name: 'ReviewState',
    fields: {
      id: { type: GraphQL.GraphQLString },
      workflow: { type: GraphQL.GraphQLString },
      nextStage: { type: GraphQL.GraphQLString },
      readyToPublish: { type: GraphQL.GraphQLBoolean },
    },
  })
  const collection = new GraphQL.GraphQLEnumType({
    name: 'ReviewedCollection',
    values: { articles: { value: 'articles' }, profiles: { value: 'profiles' } },
  })
  return {
    signOffStory: {
      type: state,
      args: {
        collection: { type: new GraphQL.GraphQLNonNull(collection) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        stage: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        note: { type: GraphQL.GraphQLString },
      },
      resolve: async (
        _: unknown,
        args: { collection: StoryCollection; id: string; stage: Stage; note?: string | null },
        context: { req: PayloadRequest },
      ) => {
        const result = await signOffStory(context.req, args)
        return { ...result, id: String(result.id) }
      },
    },
  }
}
