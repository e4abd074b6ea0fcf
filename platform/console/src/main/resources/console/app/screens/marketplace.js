import { html, nothing } from 'lit-html';
import { get, query } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, number } from '../components/format.js';

const FILTERS = ['q', 'kind', 'category', 'sort'];

/** The catalog: connectors and prebuilt integrations, searched and filtered through the URL query. */
export default class Marketplace extends Screen {
  constructor(context) {
    super(context);
    this.filters = Object.fromEntries(FILTERS.map((name) => [name, context.query.get(name) || '']));
    this.listings = new Remote(this, () => get(`/marketplace/listings${query({ ...this.filters, limit: 24 })}`));
    // every category of the catalog, not only of the filtered page, so a filter can be changed to another
    this.catalog = new Remote(this, () => get('/marketplace/listings?limit=200'));
    this.moreError = null;
    this.loadingMore = false;
  }

  get title() {
    return 'Marketplace';
  }

  async load() {
    await Promise.all([this.listings.reload(), this.catalog.reload()]);
  }

  categories() {
    const seen = new Set();
    for (const listing of [...(this.catalog.value?.items || []), ...(this.listings.value?.items || [])]) {
      (listing.categories || []).forEach((category) => seen.add(category));
    }
    if (this.filters.category) {
      seen.add(this.filters.category);
    }
    return [...seen].sort();
  }

  /** A new search is a new URL, so the result can be bookmarked and reloaded. */
  apply(changes) {
    const next = { ...this.filters, ...changes };
    this.context.navigate(`/console/marketplace${query(next)}`, { replace: true });
  }

  search(event) {
    event.preventDefault();
    this.apply({ q: new FormData(event.target).get('q').trim() });
  }

  async loadMore() {
    const page = this.listings.value;
    await this.act(async () => {
      const next = await get(`/marketplace/listings${query({ ...this.filters, limit: 24, cursor: page.next })}`);
      this.listings.value = { items: [...page.items, ...next.items], next: next.next };
    }, { busyField: 'loadingMore', errorField: 'moreError' });
  }

  view() {
    const filtered = FILTERS.some((name) => name !== 'sort' && this.filters[name]);
    return html`
      ${this.filterBar()}
      ${show(this.listings, (page) => html`
        <ul class="cards listing-cards">${page.items.map((listing) => listingCard(listing))}</ul>
        ${problemBanner(this.moreError)}
        ${page.next ? html`<div class="actions"><button type="button" ?disabled=${this.loadingMore}
          @click=${() => this.loadMore()}>${this.loadingMore ? 'Loading…' : 'Load more'}</button></div>` : nothing}`, {
        emptyMessage: filtered ? 'No listing matches this search.' : 'The catalog is empty.',
        emptyAction: filtered ? html`<a href="/console/marketplace">Show the whole catalog</a>` : nothing,
      })}`;
  }

  filterBar() {
    const { q, kind, category, sort } = this.filters;
    return html`<form class="toolbar" role="search" @submit=${(event) => this.search(event)}>
      <label>Search <input type="search" name="q" .value=${q} placeholder="name, summary or description"></label>
      <button type="submit">Search</button>
      <label>Kind <select @change=${(event) => this.apply({ kind: event.target.value })}>
        <option value="" ?selected=${!kind}>All kinds</option>
        <option value="connector" ?selected=${kind === 'connector'}>Connectors</option>
        <option value="integration" ?selected=${kind === 'integration'}>Integrations</option>
      </select></label>
      <label>Category <select @change=${(event) => this.apply({ category: event.target.value })}>
        <option value="" ?selected=${!category}>All categories</option>
        ${this.categories().map((name) => html`<option value=${name} ?selected=${name === category}>${name}</option>`)}
      </select></label>
      <label>Sort <select @change=${(event) => this.apply({ sort: event.target.value })}>
        <option value="installs" ?selected=${sort !== 'updated'}>Most installed</option>
        <option value="updated" ?selected=${sort === 'updated'}>Recently updated</option>
      </select></label>
    </form>`;
  }
}

function listingCard(listing) {
  const href = `/console/marketplace/${encodeURIComponent(listing.id)}`;
  return html`<li class="card listing-card">
    <h3>
      ${listing.icon ? html`<img class="icon" src=${listing.icon} alt="" width="28" height="28">` : nothing}
      <a href=${href}>${listing.name}</a>
    </h3>
    <p class="listing-kind">${badge(listing.kind)}</p>
    <p class="listing-summary">${listing.summary}</p>
    <dl class="facts small">
      <dt>Publisher</dt><dd>${listing.publisherName}</dd>
      <dt>Latest version</dt><dd>${listing.latestVersion || html`<span class="muted">none installable</span>`}</dd>
      <dt>Installs</dt><dd>${number(listing.installs)}</dd>
    </dl>
  </li>`;
}
