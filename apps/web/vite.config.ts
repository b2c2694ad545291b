import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

const contracts = fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url));

/** Vendor groups, largest first: a module goes to the first group whose pattern matches. */
const VENDOR_CHUNKS: Array<{ name: string; test: RegExp }> = [
  { name: 'vendor-antd', test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/ },
  { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
  { name: 'vendor-query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
  { name: 'vendor-i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
];

/**
 * Puts the `boot` entry (src/boot.ts) in index.html ahead of the app's, so that the browser runs it
 * while the app's larger code is still arriving.
 */
function bootEntry(): Plugin {
  return {
    name: 'alliance-boot-entry',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const boot = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.name === 'boot');
      const html = bundle['index.html'];
      if (!boot || html?.type !== 'asset') throw new Error('the boot entry or index.html is missing');
      html.source = String(html.source).replace(
        '<script type="module"',
        `<script type="module" crossorigin src="/${boot.fileName}"></script>\n    <script type="module"`,
      );
    },
  };
}

export default defineConfig({
  // Every text asset also as .br and .gz, so the server sends it compressed without compressing per request.
  plugins: [react(), bootEntry(), compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' })],
  resolve: {
    alias: { '@alliance/contracts': contracts },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        boot: fileURLToPath(new URL('src/boot.ts', import.meta.url)),
      },
      output: {
        // Entry-aware groups are named after every page that shares them; the hash is enough.
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
        // Rolldown's successor of Rollup's `manualChunks` (deprecated in Vite 8): keep antd,
        // React and the other vendors in their own long-cached chunks.
        codeSplitting: {
          groups: VENDOR_CHUNKS.map((group, index) => ({
            name: group.name,
            test: group.test,
            priority: VENDOR_CHUNKS.length - index,
            // antd is large: the admin pages' tables and date pickers stay out of the public pages' chunk.
            entriesAware: group.name === 'vendor-antd',
            minSize: 20_000,
          })),
        },
      },
    },
  },
});
