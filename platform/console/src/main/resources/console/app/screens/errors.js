import { html, nothing } from 'lit-html';
import { all, get, post, query } from '../api.js';
import { Remote, Screen } from '../screen.js';
import { empty, show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, number, when } from '../components/format.js';
import { confirmAction } from '../components/dialog.js';

const STATUSES = [['open', 'Open'], ['resolved', 'Resolved'], ['auto-resolved', 'Auto-resolved']];
const PAGE = 100;
const MESSAGE_LENGTH = 120;

/**
 * The error queue of the chosen workspace by status, filtered by flow and run (all in the URL). Open errors can
 * be selected and retried or resolved together; every member may do both.
 */
export default class Errors extends Screen {
  constructor(context) {
    super(context);
    const asked = context.query;
    this.workspaceId = context.session.workspaceId;
    this.status = STATUSES.some(([status]) => status === asked.get('status')) ? asked.get('status') : 'open';
    this.flowId = asked.get('flow') || '';
    this.runId = asked.get('run') || '';
    this.flows = new Remote(this, () => all(`/flows${query({ workspace: this.workspaceId, limit: 200 })}`));
    this.errors = new Remote(this, () => get(this.listPath(null)));
    this.selected = new Set();
    this.busy = false;
    this.outcome = null;
    this.failure = null;
  }

  get title() {
    return 'Errors';
  }

  get actionable() {
    return this.status === 'open';
  }

  async load() {
    if (this.workspaceId || this.flowId || this.runId) {
      await Promise.all([this.errors.reload(), this.workspaceId ? this.flows.reload() : null]);
    }
  }

  /** A flow or run filter names its errors wherever they are; otherwise the chosen workspace's. */
  listPath(cursor) {
    const scoped = this.flowId || this.runId;
    return `/errors${query({ workspace: scoped ? '' : this.workspaceId, flow: this.flowId, run: this.runId,
      status: this.status, limit: PAGE, cursor })}`;
  }

  link(changes) {
    const wanted = { status: this.status, flow: this.flowId, run: this.runId, ...changes };
    return `/console/errors${query({ ...wanted, status: wanted.status === 'open' ? '' : wanted.status })}`;
  }

  async loadMore() {
    const page = this.errors.value;
    try {
      const more = await get(this.listPath(page.next));
      this.errors.value = { items: [...page.items, ...more.items], next: more.next };
    } catch (error) {
      this.failure = error;
    }
    this.update();
  }

  toggle(id, on) {
    if (on) {
      this.selected.add(id);
    } else {
      this.selected.delete(id);
    }
    this.update();
  }

  toggleAll(items, on) {
    items.forEach((item) => this.toggle(item.id, on));
  }

  async retrySelected() {
    const ids = [...this.selected];
    await this.actOnSelected(async () => {
      const answer = await post('/errors/retry', { ids });
      const fixed = answer.items.filter((error) => error.status !== 'open').length;
      return `Retried ${ids.length}: ${fixed} succeeded, ${ids.length - fixed} failed again and stay open.`;
    });
  }

  async resolveSelected() {
    const ids = [...this.selected];
    const question = `Resolve ${ids.length === 1 ? 'this error' : `these ${ids.length} errors`} without retrying? `
      + 'The records are not sent again.';
    if (!(await confirmAction(question, { confirm: 'Resolve' }))) {
      return;
    }
    await this.actOnSelected(async () => {
      const results = await Promise.allSettled(ids.map((id) => post(`/errors/${encodeURIComponent(id)}/resolve`)));
      const refused = results.filter((result) => result.status === 'rejected');
      if (refused.length) {
        this.failure = refused[0].reason;
      }
      return `Resolved ${ids.length - refused.length} of ${ids.length}.`;
    });
  }

  /** Runs a bulk action, then shows what came of it and the list as it is now. */
  async actOnSelected(work) {
    this.outcome = null;
    await this.act(async () => {
      this.outcome = await work();
      this.selected.clear();
    }, { errorField: 'failure', after: () => this.reloadList() });
  }

  async reloadList() {
    const page = await this.errors.reload({ quiet: true });
    // what is no longer listed (retried, resolved by someone else) cannot stay selected
    const listed = new Set(page ? page.items.map((item) => item.id) : []);
    this.selected = new Set([...this.selected].filter((id) => listed.has(id)));
  }

  view() {
    if (!this.workspaceId && !this.flowId && !this.runId) {
      return empty('No workspace yet. Errors belong to the flows of a workspace.',
        html`<p><a class="button primary" href="/console/workspaces">Go to workspaces</a></p>`);
    }
    return html`
      <nav class="tabs" aria-label="Error status">
        ${STATUSES.map(([status, label]) => html`<a href=${this.link({ status })}
          aria-current=${status === this.status ? 'page' : 'false'}>${label}</a>`)}
      </nav>
      ${this.filters()}
      ${this.outcome ? html`<p class="notice" role="status">${this.outcome}</p>` : nothing}
      ${problemBanner(this.failure)}
      ${show(this.errors, (page) => this.list(page), { emptyMessage: this.emptyMessage() })}`;
  }

  emptyMessage() {
    const where = this.runId ? 'for this run' : this.flowId ? 'for this flow' : 'in this workspace';
    return `No ${STATUSES.find(([status]) => status === this.status)[1].toLowerCase()} errors ${where}.`;
  }

  filters() {
    const flows = this.flows.value || [];
    const unknownFlow = this.flowId && this.flows.value && !flows.some((flow) => flow.id === this.flowId);
    return html`<div class="toolbar">
      <div class="field ops-filter-field">
        <label for="errors-flow">Flow</label>
        <select id="errors-flow" @change=${(event) => this.context.navigate(this.link({ flow: event.target.value }), { replace: true })}>
          <option value="" ?selected=${!this.flowId}>All flows</option>
          ${unknownFlow ? html`<option value=${this.flowId} selected>${this.flowId}</option>` : nothing}
          ${flows.map((flow) => html`<option value=${flow.id} ?selected=${flow.id === this.flowId}>${flow.name}</option>`)}
        </select>
      </div>
      ${this.runId ? html`<p class="ops-filter">Run <a href=${`/console/runs/${encodeURIComponent(this.runId)}`}><code>${this.runId}</code></a>
        <a class="button small" href=${this.link({ run: '' })}>Show every run</a></p>` : nothing}
    </div>`;
  }

  list(page) {
    const names = new Map((this.flows.value || []).map((flow) => [flow.id, flow.name]));
    const items = page.items;
    const chosen = items.filter((item) => this.selected.has(item.id)).length;
    return html`
      ${this.actionable ? html`<div class="actions" role="group" aria-label="Selected errors">
        <span class="muted" aria-live="polite">${chosen} of ${items.length} selected</span>
        <button type="button" class="primary" ?disabled=${!chosen || this.busy} @click=${() => this.retrySelected()}>Retry selected</button>
        <button type="button" ?disabled=${!chosen || this.busy} @click=${() => this.resolveSelected()}>Resolve selected</button>
        ${this.busy ? html`<span class="muted" role="status">Working…</span>` : nothing}
      </div>` : nothing}
      <div class="table-wrap"><table class="ops-errors">
        <thead><tr>
          ${this.actionable ? html`<th scope="col" class="ops-check"><input type="checkbox" aria-label="Select all errors shown"
            .checked=${chosen > 0 && chosen === items.length} .indeterminate=${chosen > 0 && chosen < items.length}
            @change=${(event) => this.toggleAll(items, event.target.checked)}></th>` : nothing}
          <th scope="col">Record key</th><th scope="col">Flow</th><th scope="col">Step</th><th scope="col">Message</th>
          <th scope="col" class="number">Attempts</th><th scope="col">Created</th><th scope="col">Status</th>
        </tr></thead>
        <tbody>${items.map((error) => this.row(error, names))}</tbody>
      </table></div>
      ${page.next ? html`<p class="actions"><button type="button" @click=${() => this.loadMore()}>Load more</button></p>` : nothing}`;
  }

  row(error, names) {
    const key = error.recordKey ?? '(no key)';
    return html`<tr data-error=${error.id}>
      ${this.actionable ? html`<td class="ops-check"><input type="checkbox" aria-label=${`Select error of record ${key}`}
        .checked=${this.selected.has(error.id)} @change=${(event) => this.toggle(error.id, event.target.checked)}></td>` : nothing}
      <td><a href=${`/console/errors/${encodeURIComponent(error.id)}`}>${key}</a></td>
      <td><a href=${`/console/flows/${encodeURIComponent(error.flowId)}`}>${names.get(error.flowId) || error.flowId}</a></td>
      <td><code>${error.step}</code></td>
      <td class="ops-message-cell" title=${error.message || ''}>${trim(error.message)}</td>
      <td class="number">${number(error.attempts)}</td>
      <td>${when(error.createdAt)}</td>
      <td>${badge(error.status)}</td>
    </tr>`;
  }
}

function trim(message) {
  if (!message) {
    return '';
  }
  return message.length > MESSAGE_LENGTH ? `${message.slice(0, MESSAGE_LENGTH - 1)}…` : message;
}
