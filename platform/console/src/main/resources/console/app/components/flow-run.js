import { html } from 'lit-html';
import { post } from '../api.js';

/** Starts a run of a flow now: `normal`, or `test` reading at most `limit` records. 202 gives the run. */
export function startRun(flowId, mode, limit = 10) {
  return post(`/flows/${encodeURIComponent(flowId)}/runs`, mode === 'test' ? { mode: 'test', limit } : { mode: 'normal' });
}

/** The status line after a start: what started and a link to follow it. */
export const runStarted = (run, flowName) => html`${run.mode === 'test' ? 'Test run' : 'Run'} of ${flowName} started.
  <a href=${`/console/runs/${run.id}`}>Follow the run</a>`;
