import type { Plugin } from 'vite';

/**
 * In the production build, `graphql()` from src/gql returns the operation's own text instead of looking it up in
 * codegen's map of every document, so each page's chunk carries only its own operations and the first page does not
 * download them all. Types still come from the generated src/gql at type-check time; tests use the real map.
 * This holds because no document uses fragments (codegen's text differs from the source only by appended fragments):
 * the runtime refuses a document with a fragment spread, so the build cannot silently send an incomplete query.
 */
export function inlineGraphQLDocuments(): Plugin {
  const runtime = '\0lantoa-inline-graphql';
  return {
    name: 'lantoa-inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/\/gql\/index(\.js)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && /\/src\/gql\/index\.ts$/.test(resolved.id) ? runtime : null;
    },
    load(id) {
      if (id !== runtime) return null;
      return `
        class InlineDocument extends String { __apiType; }
        export function graphql(source) {
          if (/\\.\\.\\.\\s*[_A-Za-z]/.test(source.replace(/\\.\\.\\.\\s*on\\s/g, ''))) {
            throw new Error('inlineGraphQLDocuments: fragments are not supported; use codegen\\'s map (vite.config.ts)');
          }
          return new InlineDocument(source);
        }`;
    },
  };
}
