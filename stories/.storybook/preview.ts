/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { initialize, mswLoader } from 'msw-storybook-addon';

// Stories mock the API at the network layer; anything else (Storybook's own files, banner
// images) goes to the network as usual.
initialize({ onUnhandledRequest: 'bypass' });

// custom-elements.json is generated (`pnpm run manifest`) and not committed: use it for
// autodocs when it is there, and do without it when it is not.
const manifests = import.meta.glob<{ default: unknown }>('../../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
