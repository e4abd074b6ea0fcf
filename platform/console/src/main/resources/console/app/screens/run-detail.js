import { html, nothing } from 'lit-html';
import { get, post, query } from '../api.js';
import { Remote, Screen } from '../screen.js';
import { loading } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, duration, number, when } from '../components/format.js';

const OUTCOMES = [['', 'All'], ['success', 'Success'], ['ignored', 'Ignored'], ['error', 'Error']];
const PAGE = 50;
const LIVE = ['queued', 'running'];

/** `/console/runs/{id}?outcome=`: one run, followed every second while it goes on, and its records' outcomes. */
export default class RunDetail extends Screen {
  constructor(context) {
    super(context);
    this.runId = context.params.id;
    const outcome = context.query.get('outcome') || '';
    this.outcome = OUTCOMES.some(([value]) => value === outcome) ? outcome : '';
    this.run = new Remote(this, () => get(`/runs/${encodeURIComponent(this.runId)}`));
    this.flow = null;
    this.records = new Remote(this, () => this.recordPage());
    this.next = null;
    this.pagesShown = 1;
    this.loadingMore = false;
    this.moreError = null;
    this.cancelling = false;
    this.cancelError = null;
    this.timer = null;
    this.disposed = false;
  }

  get title() {
    return this.flow ? `Run of ${this.flow.name}` : 'Run';
  }

  async load() {
    const run = await this.run.reload();
    if (!run) {
      return;
    }
    this.records.reload();
    get(`/flows/${encodeURIComponent(run.flowId)}`).then((flow) => {
      this.flow = flow;
      this.update();
    }, () => {});
    this.follow();
  }

  dispose() {
    this.disposed = true;
    this.stopFollowing();
  }

  /** While the run is queued or running, reads it again a second after the last answer. */
  follow() {
    if (this.timer === null && this.live && !this.disposed) {
      this.timer = setTimeout(() => this.poll(), 1000);
    }
  }

  stopFollowing() {
    clearTimeout(this.timer);
    this.timer = null;
  }

  get live() {
    return Boolean(this.run.value && LIVE.includes(this.run.value.status));
  }

  async poll() {
    this.timer = null;
    const before = this.run.value;
    await this.run.reload({ quiet: true });
    const after = this.run.value;
    // new records came in: show them, unless the user paged further than the first page
    if (!this.disposed && this.pagesShown === 1 && (after.counts.read !== before.counts.read || after.status !== before.status)) {
      this.records.reload({ quiet: true });
    }
    this.follow();
  }

  async recordPage(cursor = null) {
    const answer = await get(`/runs/${encodeURIComponent(this.runId)}/records${query({ outcome: this.outcome, limit: PAGE, cursor })}`);
    this.next = answer.next;
    if (!cursor) {
      this.pagesShown = 1;
    }
    return answer.items;
  }

  async loadMore() {
    await this.act(async () => {
      const items = await this.recordPage(this.next);
      this.records.value = [...this.records.value, ...items];
      this.pagesShown++;
    }, { busyField: 'loadingMore', errorField: 'moreError' });
  }

  /** A tab is in the URL (`?outcome=error`) so it can be linked; the run keeps being followed. */
  showOutcome(outcome) {
    this.outcome = outcome;
    history.replaceState(null, '', `/console/runs/${encodeURIComponent(this.runId)}${query({ outcome })}`);
    this.records.reload();
  }

  async cancelRun() {
    await this.act(async () => {
      const answer = await post(`/runs/${encodeURIComponent(this.runId)}/cancel`);
      if (answer && answer.status) {
        this.run.value = answer;
      }
      this.context.notify('Cancel requested: the run stops after the page in flight.');
    }, { busyField: 'cancelling', errorField: 'cancelError' });
  }

  view() {
    if (this.run.error && !this.run.value) {
      return problemBanner(this.run.error);
    }
    if (!this.run.value) {
      return loading();
    }
    const run = this.run.value;
    return html`<div class="run-detail">
      ${this.live ? html`<p class="muted small" role="status">This run is ${run.status}; the page follows it every second.</p>` : nothing}
      ${problemBanner(this.run.error)}
      ${this.live ? html`<div class="actions">
        <button type="button" class="danger" ?disabled=${this.cancelling} @click=${() => this.cancelRun()}>
          ${this.cancelling ? 'Cancelling…' : 'Cancel run'}</button></div>` : nothing}
      ${problemBanner(this.cancelError)}
      ${this.facts(run)}
      ${this.figures(run)}
      ${this.recordsSection(run)}
    </div>`;
  }

  facts(run) {
    return html`<dl class="facts">
      <dt>Flow</dt><dd><a href=${`/console/flows/${run.flowId}`}>${this.flow ? this.flow.name : run.flowId}</a></dd>
      <dt>Status</dt><dd>${badge(run.status)}</dd>
      <dt>Mode</dt><dd>${run.mode === 'test' ? html`${badge('test')} reads at most ${number(run.limit)} records, moves no watermark` : run.mode}</dd>
      <dt>Trigger</dt><dd>${run.trigger}</dd>
      <dt>Started by</dt><dd>${run.startedBy || html`<span class="muted">the ${run.trigger}</span>`}</dd>
      <dt>Pages</dt><dd>${number(run.pages)}</dd>
      ${run.message ? html`<dt>Message</dt><dd class="run-message">${run.message}</dd>` : nothing}
      <dt>Created</dt><dd>${when(run.createdAt)}</dd>
      <dt>Started</dt><dd>${when(run.startedAt)}</dd>
      <dt>Ended</dt><dd>${when(run.endedAt)}</dd>
      <dt>Duration</dt><dd>${duration(run.durationMillis)}</dd>
      <dt>Run id</dt><dd><code>${run.id}</code></dd>
    </dl>`;
  }

  figures(run) {
    const counts = run.counts || {};
    const figure = (label, value) => html`<div class="figure"><div class="value">${number(value)}</div><div class="label">${label}</div></div>`;
    return html`<div class="figures" aria-label="Record counts">
      ${figure('Read', counts.read)}${figure('Success', counts.success)}${figure('Ignored', counts.ignored)}${figure('Errors', counts.errors)}
    </div>
    ${counts.errors ? html`<p><a href=${`/console/errors${query({ run: run.id })}`}>Open the ${number(counts.errors)} error records of this run in the error queue</a></p>` : nothing}`;
  }

  recordsSection(run) {
    return html`<section aria-labelledby="records-heading">
      <h2 id="records-heading">Records</h2>
      <div class="tabs" role="tablist" aria-label="Record outcome">
        ${OUTCOMES.map(([value, label]) => html`<button type="button" role="tab" aria-selected=${this.outcome === value ? 'true' : 'false'}
          @click=${() => this.showOutcome(value)}>${label}</button>`)}
      </div>
      ${this.recordsTable(run)}
    </section>`;
  }

  recordsTable(run) {
    if (this.records.error) {
      return problemBanner(this.records.error);
    }
    if (this.records.value === undefined || (this.records.loading && !this.records.value.length)) {
      return loading('Loading records');
    }
    const records = this.records.value;
    if (!records.length) {
      return html`<div class="state empty"><p>${this.live ? 'No records with this outcome yet.' : 'No records with this outcome.'}</p></div>`;
    }
    return html`<div class="table-wrap"><table class="run-records">
      <thead><tr><th scope="col">Key</th><th scope="col">Outcome</th><th scope="col">Step</th><th scope="col" class="number">Page</th></tr></thead>
      <tbody>${records.map((record) => html`<tr>
        <td><code>${record.key}</code></td>
        <td>${badge(record.outcome)}</td>
        <td>${record.step ? html`<code>${record.step}</code>` : html`<span class="muted">—</span>`}
          ${record.outcome === 'error' ? html` <a class="small" href=${`/console/errors${query({ run: run.id })}`}>in the error queue</a>` : nothing}</td>
        <td class="number">${number(record.page)}</td>
      </tr>`)}</tbody>
    </table></div>
    ${problemBanner(this.moreError)}
    ${this.next ? html`<div class="actions"><button type="button" ?disabled=${this.loadingMore} @click=${() => this.loadMore()}>
      ${this.loadingMore ? 'Loading…' : 'Load more records'}</button></div>` : nothing}`;
  }
}
