import { html, nothing } from 'lit-html';
import { all, del, get, post, query } from '../api.js';
import { Remote, Screen } from '../screen.js';
import { empty, show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, when } from '../components/format.js';
import { confirmAction, copyText } from '../components/dialog.js';
import { runStarted, startRun } from '../components/flow-run.js';

/** `/console/flows`: the chosen workspace's flows with their trigger, state and last run, and what to do with them. */
export default class Flows extends Screen {
  constructor(context) {
    super(context);
    this.workspaceId = context.session.workspaceId;
    this.flows = new Remote(this, () => all(`/flows${query({ workspace: this.workspaceId, limit: 200 })}`));
    this.lastRuns = new Map();
    this.busy = new Set();
    this.error = null;
  }

  get title() {
    return 'Flows';
  }

  async load() {
    if (!this.workspaceId) {
      return;
    }
    const flows = await this.flows.reload();
    await Promise.all((flows || []).map((flow) => this.loadLastRun(flow.id)));
  }

  /** Runs come newest first, so the first one of a flow is its last. */
  async loadLastRun(flowId) {
    try {
      const page = await get(`/runs${query({ flow: flowId, limit: 1 })}`);
      this.lastRuns.set(flowId, page.items[0] || null);
    } catch (error) {
      this.lastRuns.set(flowId, { error });
    }
    this.update();
  }

  get canManage() {
    return this.context.session.canManage(this.workspaceId);
  }

  /** Runs one action of a row at a time; its failure (e.g. 409: a run is going on) shows above the table. */
  async actOnFlow(flow, action) {
    this.busy.add(flow.id);
    this.error = null;
    this.update();
    try {
      await action();
    } catch (error) {
      this.error = { flow, error };
    } finally {
      this.busy.delete(flow.id);
      this.update();
    }
  }

  run(flow, mode) {
    return this.actOnFlow(flow, async () => {
      const run = await startRun(flow.id, mode);
      this.lastRuns.set(flow.id, run);
      this.context.notify(runStarted(run, flow.name));
    });
  }

  setEnabled(flow, enabled) {
    return this.actOnFlow(flow, async () => {
      const changed = await post(`/flows/${encodeURIComponent(flow.id)}/${enabled ? 'enable' : 'disable'}`);
      Object.assign(flow, changed || { enabled });
      this.context.notify(`Flow ${flow.name} ${enabled ? 'enabled' : 'disabled'}.`);
    });
  }

  async remove(flow) {
    if (!(await confirmAction(`Delete flow "${flow.name}" with its runs and errors?`, { confirm: 'Delete', danger: true }))) {
      return;
    }
    await this.actOnFlow(flow, async () => {
      await del(`/flows/${encodeURIComponent(flow.id)}`);
      this.flows.value = this.flows.value.filter((item) => item.id !== flow.id);
      this.context.notify(`Flow ${flow.name} deleted.`);
    });
  }

  async copyHook(flow) {
    const copied = await copyText(flow.hookUrl);
    this.context.notify(copied ? `Hook URL of ${flow.name} copied.` : 'The browser refused to copy; select the URL instead.');
  }

  view() {
    if (!this.workspaceId) {
      return empty('There is no workspace yet: flows live in a workspace.', html`<a class="button" href="/console/workspaces">Workspaces</a>`);
    }
    const newFlow = this.canManage
      ? html`<a class="button primary" href=${`/console/flows/new${query({ workspace: this.workspaceId })}`}>New flow</a>` : nothing;
    return html`
      <div class="toolbar flows-toolbar">
        <p class="muted">Flows of workspace ${this.context.session.workspace ? this.context.session.workspace.name : this.workspaceId}.</p>
        ${newFlow}
      </div>
      ${this.error ? html`<div class="flow-action-error">
        <p class="small">${this.error.flow.name}:</p>${problemBanner(this.error.error)}</div>` : nothing}
      ${show(this.flows, (flows) => this.table(flows), {
        emptyMessage: this.canManage ? 'No flows yet. Create one to move records.' : 'No flows yet.',
        emptyAction: newFlow,
      })}`;
  }

  table(flows) {
    return html`<div class="table-wrap"><table class="flows">
      <thead><tr><th scope="col">Name</th><th scope="col">Trigger</th><th scope="col">Enabled</th>
        <th scope="col">Last run</th><th scope="col">Actions</th></tr></thead>
      <tbody>${flows.map((flow) => this.row(flow))}</tbody>
    </table></div>`;
  }

  row(flow) {
    const busy = this.busy.has(flow.id);
    return html`<tr data-flow=${flow.id}>
      <td><a href=${`/console/flows/${flow.id}`}>${flow.name}</a>
        ${flow.description ? html`<div class="muted small">${flow.description}</div>` : nothing}</td>
      <td>${this.trigger(flow)}</td>
      <td>${badge(flow.enabled ? 'enabled' : 'disabled')}</td>
      <td>${this.lastRun(flow)}</td>
      <td><div class="actions row-actions">
        <button type="button" class="small" ?disabled=${busy} @click=${() => this.run(flow, 'normal')}>Run now</button>
        <button type="button" class="small" ?disabled=${busy} @click=${() => this.run(flow, 'test')}>Test run</button>
        ${this.canManage ? html`
          <button type="button" class="small" ?disabled=${busy} @click=${() => this.setEnabled(flow, !flow.enabled)}>
            ${flow.enabled ? 'Disable' : 'Enable'}</button>
          <button type="button" class="small danger" ?disabled=${busy} @click=${() => this.remove(flow)}>Delete</button>` : nothing}
      </div></td>
    </tr>`;
  }

  trigger(flow) {
    const trigger = flow.trigger || { type: 'manual' };
    if (trigger.type === 'schedule') {
      return html`schedule <code>${trigger.cron}</code>`;
    }
    if (trigger.type === 'webhook') {
      return html`webhook${flow.hookUrl ? html`<div class="hook"><code class="hook-url">${flow.hookUrl}</code>
        <button type="button" class="small" @click=${() => this.copyHook(flow)}>Copy hook URL</button></div>` : nothing}`;
    }
    return trigger.type;
  }

  lastRun(flow) {
    if (!this.lastRuns.has(flow.id)) {
      return html`<span class="muted">…</span>`;
    }
    const run = this.lastRuns.get(flow.id);
    if (!run) {
      return html`<span class="muted">never run</span>`;
    }
    if (run.error) {
      return html`<span class="muted">unknown (${run.error.message})</span>`;
    }
    return html`<a href=${`/console/runs/${run.id}`}>${badge(run.status)}</a>
      ${run.mode === 'test' ? badge('test') : nothing} ${when(run.startedAt || run.createdAt)}`;
  }
}
