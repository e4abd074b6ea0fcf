import { html, nothing } from 'lit-html';

/** The side navigation; operator-only and admin-only screens appear for those who can use them. */
export function navigation(session, path) {
  const link = (href, label) => html`<li><a href=${href} aria-current=${current(path, href) ? 'page' : 'false'}>${label}</a></li>`;
  return html`<nav class="side" aria-label="Console">
    <ul>
      ${link('/console/', 'Dashboard')}
      ${link('/console/flows', 'Flows')}
      ${link('/console/runs', 'Runs')}
      ${link('/console/errors', 'Errors')}
      ${link('/console/connections', 'Connections')}
    </ul>
    <h2>Marketplace</h2>
    <ul>
      ${link('/console/marketplace', 'Catalog')}
      ${link('/console/integrations', 'Integrations')}
      ${link('/console/installed', 'Installed')}
    </ul>
    <h2>Administration</h2>
    <ul>
      ${link('/console/workspaces', 'Workspaces')}
      ${session.tenantAdmin ? link('/console/users', 'Users') : nothing}
      ${link('/console/tokens', 'API tokens')}
      ${link('/console/audit', 'Audit log')}
      ${session.operator ? link('/console/tenants', 'Tenants') : nothing}
      ${session.operator ? link('/console/trusted-publishers', 'Trusted publishers') : nothing}
      ${link('/console/health', 'Health')}
      <li><a href="/api/v1/docs/" target="_blank" rel="noopener">API documentation</a></li>
    </ul>
  </nav>`;
}

function current(path, href) {
  if (href === '/console/') {
    return path === '/console/' || path === '/console' || path === '/console/dashboard' || path === '/';
  }
  return path === href || path.startsWith(`${href}/`);
}
