import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Kontekst',
    description:
      'Inline context for news readers: hover a term to see what it is, why it matters now, and what named experts say.',
    permissions: ['storage', 'activeTab'],
  },
});
