import { html, nothing } from 'lit-html';
import { get, query } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { json } from '../components/format.js';

const PAGE = 50;

/**
 * Who changed what and when, newest first, filtered by workspace and time through the URL (`?workspace=&since=`,
 * `since` an ISO instant). Each entry opens to its before and after, which the API gives without secrets.
 */
export default class Audit extends Screen {
  constructor(context) {
    super(context);
    this.filters = { workspace: context.query.get('workspace') || '', since: context.query.get('since') || '' };
    this.page = new Remote(this, () => get(`/audit${query({ ...this.filters, limit: PAGE })}`));
    this.loadingMore = false;
    this.moreError = null;
  }

  get title() {
    return 'Audit log';
  }

  async load() {
    await this.page.reload();
  }

  /** A new filter is a new URL, so the view can be bookmarked and survives a reload. */
  apply(changes) {
    this.context.navigate(`/console/audit${query({ ...this.filters, ...changes })}`, { replace: true });
  }

  async loadMore() {
    const page = this.page.value;
    await this.act(async () => {
      const next = await get(`/audit${query({ ...this.filters, limit: PAGE, cursor: page.next })}`);
      this.page.value = { items: [...page.items, ...next.items], next: next.next };
    }, { busyField: 'loadingMore', errorField: 'moreError' });
  }

  workspaceName(id) {
    if (!id) {
      return html`<span class="muted">—</span>`;
    }
    const workspace = this.context.session.workspaces.find((item) => item.id === id);
    return workspace ? workspace.name : html`<code>${id}</code>`;
  }

  view() {
    const filtered = Boolean(this.filters.workspace || this.filters.since);
    return html`
      ${this.filterBar()}
      ${show(this.page, (page) => html`
        ${this.table(page.items)}
        ${problemBanner(this.moreError)}
        ${page.next ? html`<div class="actions"><button type="button" ?disabled=${this.loadingMore}
          @click=${() => this.loadMore()}>${this.loadingMore ? 'Loading…' : 'Load more'}</button></div>` : nothing}`, {
        emptyMessage: filtered ? 'No change matches these filters.' : 'Nothing has been changed yet.',
        emptyAction: filtered ? html`<a href="/console/audit">Show every change</a>` : nothing,
      })}`;
  }

  filterBar() {
    const workspaces = this.context.session.workspaces;
    const known = !this.filters.workspace || workspaces.some((item) => item.id === this.filters.workspace);
    return html`<form class="toolbar" role="search" @submit=${(event) => event.preventDefault()}>
      <div><label for="audit-workspace">In workspace</label>
        <select id="audit-workspace" @change=${(event) => this.apply({ workspace: event.target.value })}>
          <option value="" ?selected=${!this.filters.workspace}>All workspaces</option>
          ${workspaces.map((item) => html`<option value=${item.id} ?selected=${item.id === this.filters.workspace}>${item.name}</option>`)}
          ${known ? nothing : html`<option value=${this.filters.workspace} selected>${this.filters.workspace}</option>`}
        </select></div>
      <div><label for="audit-since">Since</label>
        <input id="audit-since" type="datetime-local" .value=${localInput(this.filters.since)}
          @change=${(event) => this.apply({ since: instant(event.target.value) })}></div>
      ${this.filters.workspace || this.filters.since ? html`<button type="button"
        @click=${() => this.apply({ workspace: '', since: '' })}>Clear filters</button>` : nothing}
    </form>`;
  }

  table(entries) {
    return html`<div class="table-wrap"><table class="audit-table">
      <thead><tr><th>At</th><th>Actor</th><th>Action</th><th>Target</th><th>Workspace</th></tr></thead>
      ${entries.map((entry) => html`<tbody data-audit=${entry.id}>
        <tr>
          <td><time datetime=${entry.at} title=${entry.at}>${new Date(entry.at).toLocaleString()}</time></td>
          <td>${entry.actorName || entry.actorId}</td>
          <td><code>${entry.action}</code></td>
          <td><code>${entry.target}</code></td>
          <td>${this.workspaceName(entry.workspaceId)}</td>
        </tr>
        <tr class="changes"><td colspan="5">${changes(entry)}</td></tr>
      </tbody>`)}
    </table></div>`;
  }
}

function changes(entry) {
  if (entry.before == null && entry.after == null) {
    return html`<span class="muted small">No before or after recorded.</span>`;
  }
  return html`<details>
    <summary>Before and after</summary>
    <div class="side-by-side">
      <div><p class="side-label">Before</p>${snapshot(entry.before)}</div>
      <div><p class="side-label">After</p>${snapshot(entry.after)}</div>
    </div>
  </details>`;
}

const snapshot = (value) => (value == null ? html`<p class="muted">— (none)</p>` : html`<pre>${json(value)}</pre>`);

/** An ISO instant as the value of a datetime-local input, in the browser's time zone. */
function localInput(iso) {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) {
    return '';
  }
  const local = new Date(time - new Date(time).getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 16);
}

/** A datetime-local input's value as the ISO UTC instant the API wants, e.g. 2026-01-31T00:00:00Z. */
function instant(local) {
  return local ? new Date(local).toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
}
