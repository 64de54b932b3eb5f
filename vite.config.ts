import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Absolute asset URLs (base '/') so the lead's build can copy index.html to every route path.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
