import type { IndexHtmlTransformContext, Plugin } from 'vite';

export interface EarlyLoadOptions {
  /** Pages opened from a link (a shared lesson): their code is fetched with the app's, not after it. */
  pages: { path: RegExp; module: string }[];
  /**
   * Content queries that a path needs at once (the course list, a lesson): fetched while the app loads. Variables
   * come from the path's capture groups (a number) or from the address's search (`?tinh=`, when it matches
   * `pattern`, else null), exactly as the page reads them, so both requests are one URL.
   */
  queries: { path: RegExp; operation: string; variables?: Record<string, number | { search: string; pattern: RegExp }> }[];
}

const DOCUMENT = /graphql\(\s*`([^`]*)`\s*\)/g;

/**
 * On a weak network each step that waits for the previous one costs a round trip (400 ms on slow 3G). Without this,
 * a lesson opened from a link loads the app, then the lesson's code, then the lesson; the course list loads the app,
 * then the list. This injects a small inline script into index.html that, for the path being opened, preloads that
 * page's chunks and starts its content query right away. The query goes out exactly as readContent() sends it (same
 * URL, no credentials), so the app's own request is answered from the browser's HTTP cache (the answer is public,
 * max-age=60).
 */
export function earlyLoads(options: EarlyLoadOptions): Plugin {
  const documents = new Map<string, string>();
  return {
    name: 'lantoa-early-loads',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.graphql.ts')) return null;
      for (const [, text] of code.matchAll(DOCUMENT)) {
        const name = /^\s*query\s+(\w+)/.exec(text!)?.[1];
        if (name) documents.set(name, text!);
      }
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html: string, ctx: IndexHtmlTransformContext) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
        const preloaded = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]));
        const closure = (fileName: string, seen = new Set<string>()): string[] => {
          if (seen.has(fileName) || preloaded.has(fileName)) return [];
          seen.add(fileName);
          const chunk = chunks.find((c) => c.fileName === fileName);
          return [fileName, ...(chunk?.imports ?? []).flatMap((i) => closure(i, seen))];
        };
        const pages = options.pages.map(({ path, module }) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`earlyLoads: no chunk for ${module}`);
          return [path.source, closure(chunk.fileName).map((f) => `/${f}`)];
        });
        const queries = options.queries.map(({ path, operation, variables }) => {
          const text = documents.get(operation);
          if (!text) throw new Error(`earlyLoads: no document for query ${operation}`);
          // The same compaction as readContent() in src/shared/graphql/execute.ts.
          // Sorted by name as contentUrl() sorts them.
          const vars = Object.entries(variables ?? {})
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, from]) => [name, typeof from === 'number' ? from : [from.search, from.pattern.source]]);
          return [path.source, operation, text.replace(/\s+/g, ' ').trim(), vars];
        });
        const script = `(function(){var p=location.pathname,P=${JSON.stringify(pages)},Q=${JSON.stringify(queries)};
P.forEach(function(r){if(new RegExp(r[0]).test(p))r[1].forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)})});
Q.forEach(function(q){var m=new RegExp(q[0]).exec(p);if(!m)return;var v={},s=new URLSearchParams(location.search);
q[3].forEach(function(e){var f=e[1],x;if(typeof f==='number')x=decodeURIComponent(m[f]);else{x=s.get(f[0]);if(!x||!new RegExp(f[1]).test(x))x=null}v[e[0]]=x});
fetch('/graphql?'+new URLSearchParams({query:q[2],variables:JSON.stringify(v)}),{credentials:'omit',headers:{Accept:'application/graphql-response+json, application/json','x-apollo-operation-name':q[1]}}).catch(function(){})})})();`;
        return html.replace('</head>', `<script>${script}</script>\n  </head>`);
      },
    },
  };
}
