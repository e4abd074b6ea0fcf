import { html, nothing } from 'lit-html';
import { all, get, query } from '../api.js';
import { Remote, Screen } from '../screen.js';
import { empty, loading, show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, number, when } from '../components/format.js';
import '../components/chart.js';

const DAYS = 30;
const ERROR_PAGE = 500;
const ERROR_PAGES = 10;
const ATTENTION = ['failed', 'partial'];
const COLORS = { runs: '#2563eb', success: '#15803d', errors: '#b91c1c', ignored: '#b45309' };

/**
 * What happens in the chosen workspace: the last 30 days' figures and charts, open errors per flow, flows whose
 * last run went wrong, and what can be updated.
 */
export default class Dashboard extends Screen {
  constructor(context) {
    super(context);
    this.workspaceId = context.session.workspaceId;
    this.disposed = false;
    this.flows = new Remote(this, () => all(`/flows${query({ workspace: this.workspaceId, limit: 200 })}`));
    this.activity = new Remote(this, () => activityOf(this.flows.value || []));
    this.openErrors = new Remote(this, () => openErrorsByFlow(this.workspaceId));
    this.updates = new Remote(this, () => availableUpdates(this.context.session.operator));
  }

  get title() {
    return 'Dashboard';
  }

  async load() {
    const loads = [this.updates.reload()];
    if (this.workspaceId) {
      loads.push(this.flows.reload().then(() => (this.flows.error ? null : this.activity.reload())), this.openErrors.reload());
    }
    await Promise.all(loads);
    // a task after the last paint's microtask, so the mark is when everything is on the page
    setTimeout(() => {
      if (!this.disposed) {
        performance.mark('dashboard-ready');
      }
    });
  }

  dispose() {
    this.disposed = true;
  }

  view() {
    if (!this.workspaceId) {
      return html`${empty('No workspace yet. Flows, connections and runs live in a workspace.',
        html`<p><a class="button primary" href="/console/workspaces">Go to workspaces</a></p>`)}
        ${this.updatesSection()}`;
    }
    return html`
      ${show(this.flows, (flows) => this.overview(flows), {
        emptyMessage: 'No flows in this workspace yet. Build one, or install a prebuilt integration.',
        emptyAction: html`<p class="actions"><a class="button primary" href="/console/flows/new">New flow</a>
          <a class="button" href="/console/marketplace">Browse the marketplace</a></p>`,
      })}
      ${this.updatesSection()}`;
  }

  overview(flows) {
    const names = new Map(flows.map((flow) => [flow.id, flow.name]));
    const activity = this.activity.value;
    if (activity && activity.lastRuns.every((last) => !last.run)) {
      return empty('No runs yet. Flows run on their schedule or webhook, or when you start them.',
        html`<p><a class="button" href="/console/flows">Go to flows</a></p>`);
    }
    return html`
      <section aria-labelledby="dashboard-recent">
        <h2 id="dashboard-recent">Last ${DAYS} days</h2>
        ${this.figures(activity ? activity.totals : null)}
        ${show(this.activity, ({ charts }) => html`<div class="grid-2">
          ${chart('Runs per day', charts.runs)}
          ${chart('Records per day', charts.records)}
        </div>`)}
      </section>
      <div class="grid-2">
        ${this.openErrorsSection(names)}
        <section aria-labelledby="dashboard-attention">
          <h2 id="dashboard-attention">Last run failed or partial</h2>
          ${this.activity.error ? html`<p class="muted">Not known: the runs could not be read (see above).</p>`
            : show(this.activity, ({ lastRuns }) => attentionList(lastRuns, names))}
        </section>
      </div>`;
  }

  figures(totals) {
    const open = this.openErrors.value;
    const failed = this.activity.error;
    const total = (field) => (failed ? '—' : totals ? number(totals[field]) : '…');
    return html`<div class="figures">
      ${figure('Runs', total('runs'))}
      ${figure('Successful records', total('success'))}
      ${figure('Record errors', total('errors'))}
      ${figure('Ignored records', total('ignored'))}
      ${figure('Open errors', open ? html`<a href="/console/errors">${countText(open.total, open.more)}</a>` : this.openErrors.error ? '—' : '…')}
    </div>`;
  }

  openErrorsSection(names) {
    return html`<section aria-labelledby="dashboard-open-errors">
      <h2 id="dashboard-open-errors">Open errors by flow</h2>
      ${show(this.openErrors, (open) => (open.byFlow.length === 0
        ? empty('No open errors.')
        : html`<div class="table-wrap"><table>
            <thead><tr><th scope="col">Flow</th><th scope="col" class="number">Open errors</th></tr></thead>
            <tbody>${open.byFlow.map(([flowId, count]) => html`<tr>
              <td>${names.get(flowId) || html`<code>${flowId}</code>`}</td>
              <td class="number"><a href=${`/console/errors${query({ flow: flowId })}`}
                aria-label=${`${count} open errors of ${names.get(flowId) || flowId}`}>${number(count)}</a></td>
            </tr>`)}</tbody>
          </table></div>
          ${open.more ? html`<p class="help">Counted the newest ${number(open.total)} open errors; there are more.</p>` : nothing}`))}
    </section>`;
  }

  updatesSection() {
    return html`<section aria-labelledby="dashboard-updates">
      <h2 id="dashboard-updates">Updates</h2>
      ${this.updates.error ? problemBanner(this.updates.error) : this.updates.value ? updatesList(this.updates.value) : loading()}
    </section>`;
  }
}

/** Each flow's daily stats and last run, summed per UTC day over the workspace. */
async function activityOf(flows) {
  const perFlow = await Promise.all(flows.map(async (flow) => {
    const [stats, runs] = await Promise.all([
      get(`/flows/${encodeURIComponent(flow.id)}/stats${query({ days: DAYS })}`),
      get(`/runs${query({ flow: flow.id, limit: 1 })}`),
    ]);
    return { stats, last: { flowId: flow.id, run: runs.items[0] || null } };
  }));
  const days = sumByDay(perFlow.map((item) => item.stats.days));
  const labels = days.map((day) => day.day);
  const values = (field) => days.map((day) => day[field]);
  const total = (field) => days.reduce((sum, day) => sum + day[field], 0);
  return {
    lastRuns: perFlow.map((item) => item.last),
    totals: { runs: total('runs'), success: total('success'), errors: total('errors'), ignored: total('ignored') },
    // built once here, not at each render, so the charts are not redrawn when other parts arrive
    charts: {
      runs: { days: labels, kind: 'bars', series: [{ label: 'Runs', values: values('runs'), color: COLORS.runs }] },
      records: {
        days: labels,
        kind: 'lines',
        series: [
          { label: 'Success', values: values('success'), color: COLORS.success },
          { label: 'Errors', values: values('errors'), color: COLORS.errors },
          { label: 'Ignored', values: values('ignored'), color: COLORS.ignored },
        ],
      },
    },
  };
}

function sumByDay(dayLists) {
  const byDay = new Map();
  for (const list of dayLists) {
    for (const day of list) {
      const sum = byDay.get(day.day) || { day: day.day, runs: 0, success: 0, errors: 0, ignored: 0 };
      for (const field of ['runs', 'success', 'errors', 'ignored']) {
        sum[field] += day[field] || 0;
      }
      byDay.set(day.day, sum);
    }
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Open errors counted per flow, most first; the API has no count, so this pages through (at most 5000). */
async function openErrorsByFlow(workspaceId) {
  const counts = new Map();
  let cursor = null;
  let total = 0;
  for (let page = 0; page < ERROR_PAGES; page++) {
    const answer = await get(`/errors${query({ workspace: workspaceId, status: 'open', limit: ERROR_PAGE, cursor })}`);
    for (const error of answer.items) {
      counts.set(error.flowId, (counts.get(error.flowId) || 0) + 1);
    }
    total += answer.items.length;
    cursor = answer.next;
    if (!cursor) {
      break;
    }
  }
  return { total, more: Boolean(cursor), byFlow: [...counts].sort((a, b) => b[1] - a[1]) };
}

/** Installed marketplace items (operators only) and the tenant's integrations that have a newer version. */
async function availableUpdates(operator) {
  const [installed, integrations] = await Promise.all([
    operator ? all('/marketplace/installed?limit=200').catch(hiddenWhenForbidden) : null,
    all('/integrations?limit=200'),
  ]);
  return {
    installed: installed && installed.filter((item) => item.availableUpdate),
    integrations: integrations.filter((item) => item.availableUpdate),
  };
}

function hiddenWhenForbidden(error) {
  if (error.status === 403) {
    return null;
  }
  throw error;
}

function updatesList({ installed, integrations }) {
  if (!(installed || []).length && !integrations.length) {
    return html`<p class="muted">Everything installed is up to date.</p>`;
  }
  return html`<ul class="ops-updates">
    ${(installed || []).map((item) => html`<li>
      <a href="/console/installed">${item.listingId}</a> <span class="muted">(${item.kind})</span>
      ${item.version} → <strong>${item.availableUpdate}</strong>${item.warning ? html` ${badge('warning')} ${item.warning}` : nothing}
    </li>`)}
    ${integrations.map((integration) => html`<li>
      <a href=${`/console/integrations/${encodeURIComponent(integration.id)}`}>${integration.name}</a>
      <span class="muted">(integration)</span> ${integration.version} → <strong>${integration.availableUpdate}</strong>
    </li>`)}
  </ul>`;
}

/** Flows whose last run failed or was partial, newest first. */
function attentionList(lastRuns, names) {
  const failing = lastRuns.filter((last) => last.run && ATTENTION.includes(last.run.status))
    .sort((a, b) => b.run.createdAt.localeCompare(a.run.createdAt));
  if (failing.length === 0) {
    return empty('Every flow’s last run went well.');
  }
  return html`<div class="table-wrap"><table>
    <thead><tr><th scope="col">Flow</th><th scope="col">Last run</th><th scope="col">Started</th><th scope="col" class="number">Errors</th></tr></thead>
    <tbody>${failing.map(({ flowId, run }) => html`<tr>
      <td><a href=${`/console/flows/${encodeURIComponent(flowId)}`}>${names.get(flowId) || flowId}</a></td>
      <td><a href=${`/console/runs/${encodeURIComponent(run.id)}`} aria-label=${`${run.status} run of ${names.get(flowId) || flowId}`}>${badge(run.status)}</a>
        ${run.message ? html`<span class="ops-trim small" title=${run.message}>${run.message}</span>` : nothing}</td>
      <td>${when(run.startedAt || run.createdAt)}</td>
      <td class="number">${number(run.counts?.errors)}</td>
    </tr>`)}</tbody>
  </table></div>`;
}

const figure = (label, value) => html`<div class="figure"><div class="value">${value}</div><div class="label">${label}</div></div>`;

const countText = (total, more) => `${number(total)}${more ? '+' : ''}`;

function chart(title, data) {
  const summary = data.series.map((series) => `${series.label} ${series.values.reduce((sum, value) => sum + value, 0)}`).join(', ');
  return html`<figure class="chart ops-chart">
    <figcaption>${title}</figcaption>
    <tr-chart role="img" aria-label=${`${title} over the last ${DAYS} days (UTC): ${summary}`} .data=${data}></tr-chart>
  </figure>`;
}
