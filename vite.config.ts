import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Absolute asset URLs (base '/') so the site build can copy index.html to every route path.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Browsers with native light-dark() (2024 on): the polyfill for older ones doubled the size of every colour
    // in the critical CSS inlined into each page's <head>. Older browsers fall back to their default colours.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
