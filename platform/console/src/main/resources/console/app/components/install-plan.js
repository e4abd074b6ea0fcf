import { html, nothing } from 'lit-html';
import { get } from '../api.js';
import { highestMatching, inRange } from './versions.js';

/**
 * What installing a version brings with it: its dependencies, each resolved through the catalog to the highest
 * version in its range, and theirs in turn. A listing that is installed already is kept (and not followed further).
 *
 * @param version a listing version with `dependencies: [{listingId, range}]`
 * @param installed the items of `GET /marketplace/installed`
 * @returns [{listingId, range, depth, name, installed (version or null), fits, version (to install), problem}]
 */
export async function planDependencies(version, installed) {
  const byListing = new Map(installed.map((item) => [item.listingId, item]));
  const plan = [];
  const seen = new Set([version.listingId]);
  async function visit(dependencies, depth) {
    for (const dependency of dependencies || []) {
      if (seen.has(dependency.listingId)) {
        continue;
      }
      seen.add(dependency.listingId);
      const step = { ...dependency, depth, name: dependency.listingId, installed: null, fits: true, version: null, problem: null };
      plan.push(step);
      const present = byListing.get(dependency.listingId);
      if (present) {
        step.installed = present.version;
        step.fits = inRange(present.version, dependency.range);
        continue;
      }
      try {
        const listing = await get(`/marketplace/listings/${encodeURIComponent(dependency.listingId)}`);
        step.name = listing.name;
        const chosen = highestMatching(listing.versions, dependency.range);
        if (!chosen) {
          step.problem = `no installable version in ${dependency.range}`;
          continue;
        }
        step.version = chosen.version;
        await visit(chosen.dependencies, depth + 1);
      } catch (error) {
        step.problem = error.status === 404 ? 'not in the catalog' : error.message;
      }
    }
  }
  await visit(version.dependencies, 0);
  return plan;
}

/** The plan as a list: what is there already and what the install adds. */
export function planList(plan) {
  return html`<ul class="install-plan">${plan.map((step) => html`<li class=${`plan-depth-${Math.min(step.depth, 3)}`}>
    <a href=${`/console/marketplace/${encodeURIComponent(step.listingId)}`}>${step.name}</a>
    <code class="small">${step.range || 'any version'}</code> —
    ${step.installed
      ? html`<span class="badge badge-installed">already installed (${step.installed})</span>
        ${step.fits ? nothing : html`<span class="field-error">outside the range it needs: upgrade it first</span>`}`
      : step.problem
        ? html`<span class="badge badge-error">cannot be installed</span> <span class="muted">${step.problem}</span>`
        : html`<span class="badge badge-active">will be installed (${step.version})</span>`}
  </li>`)}</ul>`;
}
