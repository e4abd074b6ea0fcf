// Every screen's deep link. The first matching pattern wins; `:name` matches one path segment.
export const routes = [
  ['/console/sign-in', () => import('./screens/sign-in.js')],
  ['/console/', () => import('./screens/dashboard.js')],
  ['/console/dashboard', () => import('./screens/dashboard.js')],
  ['/console/flows', () => import('./screens/flows.js')],
  ['/console/flows/new', () => import('./screens/flow-editor.js')],
  ['/console/flows/:id', () => import('./screens/flow-editor.js')],
  ['/console/runs', () => import('./screens/runs.js')],
  ['/console/runs/:id', () => import('./screens/run-detail.js')],
  ['/console/errors', () => import('./screens/errors.js')],
  ['/console/errors/:id', () => import('./screens/error-detail.js')],
  ['/console/connections', () => import('./screens/connections.js')],
  ['/console/connections/new', () => import('./screens/connection-editor.js')],
  ['/console/connections/:id', () => import('./screens/connection-editor.js')],
  ['/console/marketplace', () => import('./screens/marketplace.js')],
  ['/console/marketplace/:id', () => import('./screens/listing.js')],
  ['/console/installed', () => import('./screens/installed.js')],
  ['/console/integrations', () => import('./screens/integrations.js')],
  ['/console/integrations/install/:listingId', () => import('./screens/integration-wizard.js')],
  ['/console/integrations/:id', () => import('./screens/integration.js')],
  ['/console/users', () => import('./screens/users.js')],
  ['/console/workspaces', () => import('./screens/workspaces.js')],
  ['/console/workspaces/:id', () => import('./screens/workspace.js')],
  ['/console/tokens', () => import('./screens/tokens.js')],
  ['/console/tenants', () => import('./screens/tenants.js')],
  ['/console/audit', () => import('./screens/audit.js')],
  ['/console/trusted-publishers', () => import('./screens/trusted-publishers.js')],
  ['/console/health', () => import('./screens/health.js')],
];

/** The route of a path and its parameters, or null. */
export function match(path) {
  const segments = split(path);
  for (const [pattern, load] of routes) {
    const expected = split(pattern);
    if (expected.length !== segments.length) {
      continue;
    }
    const params = {};
    const matches = expected.every((segment, index) => {
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(segments[index]);
        return true;
      }
      return segment === segments[index];
    });
    if (matches) {
      return { pattern, load, params };
    }
  }
  return null;
}

function split(path) {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '/console' ? ['console', ''] : trimmed.split('/').filter(Boolean);
}
