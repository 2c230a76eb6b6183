import react from '@vitejs/plugin-react';
import { constants } from 'node:zlib';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { earlyLoads } from './build/early-loads.js';
import { inlineStyles } from './build/inline-styles.js';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineGraphQLDocuments } from './build/inline-documents.js';

const api = process.env.LANTOA_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Paths the API answers itself: a navigation there (a report download, a certificate PDF) must reach the network,
 * never the cached app shell. The same list as apps/api/src/web/serve-web-client.ts.
 */
const API_ROUTES = [
  /^\/graphql/,
  /^\/health/,
  /^\/assets\/course\//,
  /^\/reports\//,
  /^\/certificates\//,
  /^\/credentials\//,
  /^\/\.well-known\//,
  /^\/authoring\//,
];

export default defineConfig({
  plugins: [
    react(),
    inlineGraphQLDocuments(),
    // Paths as in src/app/routes.tsx.
    inlineStyles(),
    earlyLoads({
      pages: [
        { path: /^\/courses\/[^/]+\/lessons\/[^/]+$/, module: 'src/features/lessons/LessonPage.tsx' },
        { path: /^\/courses\/[^/]+$/, module: 'src/features/courses/CourseOverviewPage.tsx' },
        { path: /^\/courses\/[^/]+\/quiz\/[^/]+$/, module: 'src/features/learning/QuizPage.tsx' },
      ],
      queries: [
        { path: /^\/$/, operation: 'Courses' },
        // As LessonPage reads it for someone not signed in (src/features/courses/use-province-param.ts).
        {
          path: /^\/courses\/([^/]+)\/lessons\/([^/]+)$/,
          operation: 'Lesson',
          variables: { courseSlug: 1, lessonSlug: 2, provinceCode: { search: 'tinh', pattern: /^\d{2}$/ } },
        },
      ],
    }),
    // An installable app whose shell and every page's code are kept on the phone by a service worker made at build
    // time (Workbox): navigating never needs the network for code. 'prompt': a new version waits until the learner
    // presses "Cập nhật", so an open page never mixes old and new files (src/features/offline/register-service-worker.ts).
    VitePWA({
      registerType: 'prompt',
      // Registered by our own code after the first render, so nothing of it weighs on the first page.
      injectRegister: false,
      // public/ is precached by the glob below already.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Lan Tỏa – Học kỹ năng số',
        short_name: 'Lan Tỏa',
        description: 'Học kỹ năng số cùng Tổ công nghệ số cộng đồng, cả khi không có mạng',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0b5d3b',
        background_color: '#fbfaf7',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The files themselves, never their .br/.gz copies (the server picks one per request) nor source maps.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,webmanifest}'],
        globIgnores: ['**/*.map', '**/*.br', '**/*.gz'],
        // Hashed names carry their own version: no cache-busting query needed for them.
        dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8,}\.(?:js|css)$/,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: API_ROUTES,
        // The first install takes the open page at once (nothing older to mix with); a later version still waits.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        inlineWorkboxRuntime: true,
        sourcemap: false,
        // Lesson images: shown from the phone at once, refreshed behind. Downloading a module for offline study
        // fills the same cache (src/features/offline/downloads.ts), so its name is shared with the app.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/course/'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'lantoa-course-images', cacheableResponse: { statuses: [200] } },
          },
        ],
      },
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
    rolldownOptions: {
      output: {
        // The libraries every page runs on, in one chunk whichever later chunk (a page, the offline extras) also
        // imports them: otherwise each new importer splits them into more, smaller first-page chunks.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|wouter|@tanstack|regexparam|use-sync-external-store|html-parse-stringify|void-elements)[\\/]|vite[\\/]preload-helper/,
            },
          ],
        },
      },
    },
  },
});
