import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The engine (src/browser.ts) builds for the browser: its few Node imports (file reading it never does here) point
// at a stub that throws if ever called.
const nodeStub = here('./src/node-stub.ts');

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [vue()],
  resolve: {
    alias: [
      { find: '@engine', replacement: here('../src/browser.ts') },
      { find: /^node:(fs|fs\/promises|path|url|module)$/, replacement: nodeStub },
    ],
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    outDir: here('../build/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
});
