import { html } from 'lit-html';
import { Screen } from '../screen.js';

export default class NotFound extends Screen {
  get title() {
    return 'Not found';
  }

  view() {
    return html`<p>The console has no screen at <code>${location.pathname}</code>.</p><p><a href="/console/">Back to the dashboard</a></p>`;
  }
}
