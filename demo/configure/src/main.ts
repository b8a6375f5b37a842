/** Entry of the embed configurator page (`demo/configure/index.html`). */
import './configurator-app.ts';
