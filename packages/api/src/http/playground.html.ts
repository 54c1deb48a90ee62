/**
 * The playground's page, boot script and layout stylesheet, as strings. Everything the page loads
 * is a same-origin asset (see playground.ts): no inline script, no CDN, no web fonts.
 */

export const PLAYGROUND_TITLE = 'CDP Plan API — playground';

export interface PlaygroundPageUrls {
  graphiqlCss: string;
  layoutCss: string;
  react: string;
  reactDom: string;
  graphiql: string;
  boot: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderPlaygroundHtml(urls: PlaygroundPageUrls): string {
  const a = (url: string) => escapeAttribute(url);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>${PLAYGROUND_TITLE}</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="${a(urls.graphiqlCss)}">
    <link rel="stylesheet" href="${a(urls.layoutCss)}">
  </head>
  <body>
    <div id="graphiql"><p class="cdp-playground-loading">Loading the playground…</p></div>
    <noscript><p class="cdp-playground-loading">The playground needs JavaScript. The GraphQL endpoint itself accepts POST requests with a JSON body.</p></noscript>
    <script src="${a(urls.react)}"></script>
    <script src="${a(urls.reactDom)}"></script>
    <script src="${a(urls.graphiql)}"></script>
    <script src="${a(urls.boot)}"></script>
  </body>
</html>
`;
}

export const PLAYGROUND_LAYOUT_CSS = `html, body { height: 100%; margin: 0; }
#graphiql { height: 100vh; }
.cdp-playground-loading { font-family: system-ui, sans-serif; margin: 2rem; color: #555; }
`;

/** JSON that is also safe anywhere in a script (no line separators, no closing tags). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The boot script: renders GraphiQL (UMD globals React, ReactDOM, GraphiQL) with a fetcher that
 * POSTs JSON to the same-origin endpoint, merging the headers from GraphiQL's headers editor.
 */
export function renderBootScript(config: { endpoint: string; defaultQuery: string }): string {
  return `(function () {
  'use strict';
  var config = ${scriptJson({ endpoint: config.endpoint, defaultQuery: config.defaultQuery })};

  function fetcher(params, options) {
    var headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    var extra = (options && options.headers) || {};
    for (var name in extra) {
      if (Object.prototype.hasOwnProperty.call(extra, name)) headers[name] = extra[name];
    }
    return fetch(config.endpoint, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(params),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.text().then(function (text) {
        try {
          return JSON.parse(text);
        } catch (e) {
          return { errors: [{ message: 'HTTP ' + response.status + ' ' + response.statusText + ': ' + text.slice(0, 500) }] };
        }
      });
    });
  }

  var container = document.getElementById('graphiql');
  if (typeof React === 'undefined' || typeof ReactDOM === 'undefined' || typeof GraphiQL === 'undefined') {
    container.textContent = 'The playground assets did not load (React, ReactDOM or GraphiQL is missing).';
    return;
  }
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.defaultQuery,
      defaultTabs: [{ query: config.defaultQuery }],
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false
    })
  );
})();
`;
}
