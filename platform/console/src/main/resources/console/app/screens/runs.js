import { html, nothing } from 'lit-html';
import { all, get, query } from '../api.js';
import { Remote, Screen } from '../screen.js';
import { empty, show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, duration, number, when } from '../components/format.js';

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'partial', 'failed', 'cancelled'];
const PAGE = 50;

/** `/console/runs?flow=&status=`: the chosen workspace's runs, newest first, filtered by flow and status. */
export default class Runs extends Screen {
  constructor(context) {
    super(context);
    this.workspaceId = context.session.workspaceId;
    this.filter = { flow: context.query.get('flow') || '', status: context.query.get('status') || '' };
    this.flows = new Remote(this, () => all(`/flows${query({ workspace: this.workspaceId, limit: 200 })}`));
    this.runs = new Remote(this, () => this.page());
    this.next = null;
    this.loadingMore = false;
    this.moreError = null;
  }

  get title() {
    return 'Runs';
  }

  async load() {
    if (this.workspaceId) {
      await Promise.all([this.flows.reload(), this.runs.reload()]);
    }
  }

  /** One page of runs; keeps its `next` cursor for "Load more". */
  async page(cursor = null) {
    const answer = await get(`/runs${query({ workspace: this.workspaceId, ...this.filter, limit: PAGE, cursor })}`);
    this.next = answer.next;
    return answer.items;
  }

  async loadMore() {
    await this.act(async () => {
      const items = await this.page(this.next);
      this.runs.value = [...this.runs.value, ...items];
    }, { busyField: 'loadingMore', errorField: 'moreError' });
  }

  /** A filter change is a new URL (a deep link), which opens the screen afresh. */
  choose(name, value) {
    const next = { ...this.filter, [name]: value };
    this.context.navigate(`/console/runs${query(next)}`, { replace: true });
  }

  flowName(flowId) {
    const flow = (this.flows.value || []).find((item) => item.id === flowId);
    return flow ? flow.name : flowId;
  }

  view() {
    if (!this.workspaceId) {
      return empty('There is no workspace yet: runs belong to the flows of a workspace.', html`<a class="button" href="/console/workspaces">Workspaces</a>`);
    }
    const filtered = Boolean(this.filter.flow || this.filter.status);
    return html`
      ${this.filters()}
      ${show(this.runs, (runs) => this.table(runs), {
        emptyMessage: filtered ? 'No runs match these filters.' : 'No runs yet: start one from the flow list.',
        emptyAction: filtered ? html`<a class="button" href="/console/runs">Clear filters</a>` : html`<a class="button" href="/console/flows">Flows</a>`,
      })}`;
  }

  filters() {
    const flows = this.flows.value || [];
    const flowKnown = !this.filter.flow || flows.some((flow) => flow.id === this.filter.flow);
    return html`<div class="toolbar">
      <div class="field">
        <label for="runs-flow">Flow</label>
        <select id="runs-flow" @change=${(event) => this.choose('flow', event.target.value)}>
          <option value="" ?selected=${!this.filter.flow}>All flows</option>
          ${flowKnown ? nothing : html`<option value=${this.filter.flow} selected>${this.filter.flow}</option>`}
          ${flows.map((flow) => html`<option value=${flow.id} ?selected=${flow.id === this.filter.flow}>${flow.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="runs-status">Status</label>
        <select id="runs-status" @change=${(event) => this.choose('status', event.target.value)}>
          <option value="" ?selected=${!this.filter.status}>Any status</option>
          ${RUN_STATUSES.map((status) => html`<option value=${status} ?selected=${status === this.filter.status}>${status}</option>`)}
        </select>
      </div>
      <button type="button" @click=${() => this.runs.reload()}>Refresh</button>
    </div>
    ${problemBanner(this.flows.error)}`;
  }

  table(runs) {
    return html`<div class="table-wrap"><table class="runs">
      <thead><tr>
        <th scope="col">Flow</th><th scope="col">Mode</th><th scope="col">Trigger</th><th scope="col">Status</th>
        <th scope="col" class="number">Read</th><th scope="col" class="number">Success</th>
        <th scope="col" class="number">Ignored</th><th scope="col" class="number">Errors</th>
        <th scope="col">Started</th><th scope="col">Duration</th>
      </tr></thead>
      <tbody>${runs.map((run) => html`<tr data-run=${run.id}>
        <td><a href=${`/console/runs/${run.id}`}>${this.flowName(run.flowId)}</a></td>
        <td>${run.mode === 'test' ? badge('test') : run.mode}</td>
        <td>${run.trigger}</td>
        <td>${badge(run.status)}</td>
        <td class="number">${number(run.counts && run.counts.read)}</td>
        <td class="number">${number(run.counts && run.counts.success)}</td>
        <td class="number">${number(run.counts && run.counts.ignored)}</td>
        <td class="number">${number(run.counts && run.counts.errors)}</td>
        <td>${when(run.startedAt || run.createdAt)}</td>
        <td>${duration(run.durationMillis)}</td>
      </tr>`)}</tbody>
    </table></div>
    ${problemBanner(this.moreError)}
    ${this.next ? html`<div class="actions"><button type="button" ?disabled=${this.loadingMore} @click=${() => this.loadMore()}>
      ${this.loadingMore ? 'Loading…' : 'Load more'}</button></div>` : nothing}`;
  }
}
