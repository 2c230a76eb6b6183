import react from '@vitejs/plugin-react';
import { constants } from 'node:zlib';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { earlyLoads } from './build/early-loads.js';
import { inlineGraphQLDocuments } from './build/inline-documents.js';

const api = process.env.LANTOA_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    react(),
    inlineGraphQLDocuments(),
    // Paths as in src/app/routes.tsx.
    earlyLoads({
      pages: [
        { path: /^\/courses\/[^/]+\/lessons\/[^/]+$/, module: 'src/features/lessons/LessonPage.tsx' },
        { path: /^\/courses\/[^/]+$/, module: 'src/features/courses/CourseOverviewPage.tsx' },
        { path: /^\/courses\/[^/]+\/quiz\/[^/]+$/, module: 'src/features/learning/QuizPage.tsx' },
      ],
      queries: [{ path: /^\/$/, operation: 'Courses' }],
    }),
    // A brotli and a gzip copy beside each asset, so the API serves them by content negotiation without compressing
    // at request time (apps/api/src/web/serve-web-client.ts).
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      include: /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/,
      exclude: /\.map$/,
      threshold: 512,
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api, '/assets/course': api },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Budget for the first page on a cheap phone: ../../docs/benchmarks.md.
    chunkSizeWarningLimit: 300,
  },
});
