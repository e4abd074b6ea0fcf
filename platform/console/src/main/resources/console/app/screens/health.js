import { html, nothing } from 'lit-html';
import { get } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, when } from '../components/format.js';

const REFRESH_MILLIS = 5000;
const SHOWN = ['status', 'version', 'store', 'signIn'];

/**
 * Whether the platform is up: its database, sign-in, version, and the cluster's nodes when the platform has that
 * endpoint. Checked again every 5 seconds while the screen is open.
 */
export default class Health extends Screen {
  constructor(context) {
    super(context);
    this.health = new Remote(this, () => health());
    // null: the platform has no /cluster/nodes, so the section is not shown
    this.nodes = new Remote(this, () => this.clusterNodes());
    this.hasCluster = null;
    this.checkedAt = null;
    this.timer = null;
    this.disposed = false;
  }

  get title() {
    return 'Health';
  }

  async load() {
    await this.refresh(false);
    if (!this.disposed) {
      this.timer = setInterval(() => this.refresh(true), REFRESH_MILLIS);
    }
  }

  dispose() {
    this.disposed = true; // the first check may still be running: it must not start the timer then
    clearInterval(this.timer);
  }

  /**
   * The cluster's nodes, or null when the platform does not have that endpoint. The OpenAPI document says whether
   * it does, so a single node does not log a 404 every 5 seconds; a 404 still just hides the section.
   */
  async clusterNodes() {
    this.hasCluster ??= get('/openapi.json').then((openapi) => Boolean(openapi.paths?.['/cluster/nodes']), () => true);
    if (!(await this.hasCluster)) {
      return null;
    }
    try {
      return await get('/cluster/nodes');
    } catch (error) {
      if (error.status === 404) {
        this.hasCluster = Promise.resolve(false);
        return null;
      }
      throw error;
    }
  }

  async refresh(quiet) {
    await Promise.all([this.health.reload({ quiet }), this.nodes.reload({ quiet })]);
    this.checkedAt = new Date().toISOString();
    this.update();
  }

  view() {
    return html`
      ${show(this.health, (value) => this.status(value))}
      ${this.nodesSection()}
      <h2>API</h2>
      <p>The REST API is at <code>/api/v1</code>. Its documentation:
        <a href="/api/v1/docs/" target="_blank" rel="noopener">API documentation</a>
        (the OpenAPI document: <a href="/api/v1/openapi.json" target="_blank" rel="noopener">openapi.json</a>).</p>`;
  }

  status(value) {
    const others = Object.keys(value).filter((key) => !SHOWN.includes(key));
    return html`<div class="health-status" data-status=${value.status}>
        ${badge(value.status || 'unknown')}
        <span>${value.status === 'UP' ? 'Tributary is up.' : 'Tributary is down.'}</span>
        <span class="muted small">Checked ${when(this.checkedAt)}; checked every 5 seconds.</span>
      </div>
      <dl class="facts">
        <dt>Version</dt><dd>${value.version || html`<span class="muted">unknown</span>`}</dd>
        <dt>Store</dt><dd>${value.store ? html`${value.store.kind || 'unknown'} ${badge(value.store.status)}` : html`<span class="muted">unknown</span>`}</dd>
        <dt>Sign-in</dt><dd>${value.signIn ? badge(value.signIn) : html`<span class="muted">unknown</span>`}</dd>
        ${others.map((key) => html`<dt>${words(key)}</dt><dd>${generic(value[key])}</dd>`)}
      </dl>`;
  }

  nodesSection() {
    if (this.nodes.error) {
      return html`<h2>Cluster nodes</h2>${problemBanner(this.nodes.error)}`;
    }
    // hidden until it is known whether the platform has nodes to list
    if (!this.nodes.value) {
      return nothing;
    }
    return html`<h2>Cluster nodes</h2>${show(this.nodes, (answer) => nodesTable(answer.items || answer),
      { emptyMessage: 'The cluster has no nodes.' })}`;
  }
}

/** `GET /health` answers 503 with the same document when the platform is down; that is a result, not an error. */
async function health() {
  try {
    return await get('/health');
  } catch (error) {
    if (error.status === 503) {
      return { ...error.body, status: 'DOWN' };
    }
    throw error;
  }
}

function nodesTable(nodes) {
  const columns = [...new Set(nodes.flatMap((node) => Object.keys(node)))];
  return html`<div class="table-wrap"><table>
    <thead><tr>${columns.map((column) => html`<th>${words(column)}</th>`)}</tr></thead>
    <tbody>${nodes.map((node) => html`<tr>${columns.map((column) => html`<td>${generic(node[column])}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}

/** Any value of an answer: UP/DOWN as a badge, a time as "… ago", an object as its fields. */
function generic(value) {
  if (value === null || value === undefined) {
    return html`<span class="muted">—</span>`;
  }
  if (value === 'UP' || value === 'DOWN') {
    return badge(value);
  }
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) {
    return when(value);
  }
  if (typeof value === 'object') {
    return html`<dl class="facts">${Object.entries(value).map(([key, item]) => html`<dt>${words(key)}</dt><dd>${generic(item)}</dd>`)}</dl>`;
  }
  return String(value);
}

/** A field name as words: "lastHeartbeat" → "last heartbeat". */
const words = (key) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
