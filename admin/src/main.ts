/** Entry of the editor console page (`admin/index.html`). */
import './admin-app.ts';
