// Swagger UI over the runtime's own OpenAPI document. "Authorize" takes a bearer token (sign in with
// POST /auth/login, or create an API token in the console); it is kept in this tab's memory only.
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: false,
    tryItOutEnabled: false,
  });
});
