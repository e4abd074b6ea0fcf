import { html, render, nothing } from 'lit-html';
import { signedIn, signOut } from './api.js';
import { match } from './routes.js';
import { Session } from './session.js';
import { problemBanner } from './components/problem.js';
import { loading } from './components/states.js';
import { navigation } from './components/navigation.js';

const root = document.getElementById('app');
root.textContent = '';
const session = new Session();
let screen = null;
let failure = null;
let notice = null;
let updateQueued = false;
let routeNumber = 0;

/** Everything a screen gets: its URL parameters, the session, and ways to move on. */
function contextFor(params) {
  return {
    params,
    query: new URLSearchParams(location.search),
    session,
    navigate,
    update,
    notify,
    reloadSession: async () => {
      await session.load();
      update();
    },
  };
}

function update() {
  if (!updateQueued) {
    updateQueued = true;
    queueMicrotask(() => {
      updateQueued = false;
      paint();
    });
  }
}

/** A short message at the top of the page, e.g. "Run started"; it stays until the next navigation. */
function notify(message) {
  notice = message;
  update();
}

export function navigate(path, { replace = false } = {}) {
  if (replace) {
    history.replaceState(null, '', path);
  } else {
    history.pushState(null, '', path);
  }
  route();
}

async function route() {
  const number = ++routeNumber;
  const path = location.pathname === '/' ? '/console/' : location.pathname;
  if (!signedIn() && path !== '/console/sign-in') {
    const next = location.pathname + location.search;
    history.replaceState(null, '', `/console/sign-in${next.startsWith('/console/') && next !== '/console/' ? `?next=${encodeURIComponent(next)}` : ''}`);
    return route();
  }
  if (screen) {
    screen.dispose();
  }
  screen = null;
  failure = null;
  notice = null;
  paint();
  try {
    if (signedIn() && !session.me) {
      await session.load();
    }
    const found = match(path);
    const module = found ? await found.load() : await import('./screens/not-found.js');
    if (number !== routeNumber) {
      return;
    }
    const context = contextFor(found ? found.params : {});
    const workspace = context.query.get('workspace');
    if (workspace && session.workspaces.some((item) => item.id === workspace)) {
      session.choose(workspace);
    }
    screen = new module.default(context);
    document.title = screen.title ? `${screen.title} · Tributary` : 'Tributary';
    paint();
    await screen.load();
  } catch (error) {
    if (number === routeNumber) {
      failure = error;
    }
  }
  if (number === routeNumber) {
    paint();
    document.title = screen && screen.title ? `${screen.title} · Tributary` : 'Tributary';
  }
}

function paint() {
  const body = failure ? problemBanner(failure) : screen ? screen.view() : loading();
  if (!signedIn() || !session.me || (screen && screen.bare)) {
    render(html`<main id="main" class="bare">${body}</main>`, root);
    return;
  }
  render(html`
    <a class="skip" href="#main">Skip to content</a>
    <header class="top">
      <a class="brand" href="/console/">Tributary</a>
      ${workspaceSwitcher()}
      <div class="who">
        <span class="user" data-testid="who-am-i" title=${`tenant ${session.me.tenant.name}`}>
          ${session.me.user.username} · ${session.me.tenant.name} · ${session.me.user.tenantRole}${session.operator ? ' · operator' : ''}
        </span>
        <button type="button" class="link" @click=${leave}>Sign out</button>
      </div>
    </header>
    <div class="frame">
      ${navigation(session, location.pathname)}
      <main id="main" tabindex="-1">
        ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
        ${screen && screen.title && !failure ? html`<h1>${screen.title}</h1>` : nothing}
        ${body}
      </main>
    </div>`, root);
}

function workspaceSwitcher() {
  if (!session.workspaces.length) {
    return html`<span class="muted workspace-none">No workspace yet</span>`;
  }
  return html`<span class="workspace-switcher"><label for="workspace-switcher">Workspace</label>
    <select id="workspace-switcher" @change=${(event) => switchWorkspace(event.target.value)} .value=${session.workspaceId || ''}>
      ${session.workspaces.map((workspace) => html`<option value=${workspace.id} ?selected=${workspace.id === session.workspaceId}>${workspace.name}</option>`)}
    </select></span>`;
}

function switchWorkspace(workspaceId) {
  session.choose(workspaceId);
  const url = new URL(location.href);
  if (url.searchParams.has('workspace')) {
    url.searchParams.set('workspace', workspaceId);
  }
  navigate(url.pathname + url.search, { replace: true });
}

async function leave() {
  await signOut();
  session.me = null;
  navigate('/console/sign-in');
}

// links inside the console change the screen without reloading the page
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download') || event.defaultPrevented || event.button !== 0
      || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const url = new URL(link.href, location.href);
  if (url.origin === location.origin && url.pathname.startsWith('/console') && !url.pathname.startsWith('/console/app/')) {
    event.preventDefault();
    if (url.hash && url.pathname === location.pathname && url.search === location.search) {
      document.querySelector(url.hash)?.focus();
      return;
    }
    navigate(url.pathname + url.search);
  }
});

window.addEventListener('popstate', route);
window.addEventListener('tributary:signed-out', () => {
  session.me = null;
  if (location.pathname !== '/console/sign-in') {
    const next = location.pathname + location.search;
    navigate(`/console/sign-in?next=${encodeURIComponent(next)}&expired=1`, { replace: true });
  }
});

route();
