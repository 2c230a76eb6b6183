import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

/**
 * DateTime that refuses what is not a date: strict RFC 3339 (graphql-scalars), so "yesterday", "2026-13-45T99:00:00Z"
 * or "" is a BAD_USER_INPUT naming the field, never silently recorded as now.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: 'A moment as an RFC 3339 string with its offset, e.g. 2026-12-01T08:30:00Z or 2026-12-01T15:30:00+07:00.',
});
