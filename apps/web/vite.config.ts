import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.LANTOA_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
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
