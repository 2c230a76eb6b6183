/** Self-contained HTML: no external script, style or font, so it works with no network. */
export const explorerPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lan Tỏa GraphQL</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; display: grid; grid-template-rows: auto 1fr; height: 100vh; }
  header { padding: .5rem 1rem; background: #0b5d3b; color: #fff; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
  main { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; padding: .5rem; min-height: 0; }
  @media (max-width: 700px) { main { grid-template-columns: 1fr; } }
  section { display: flex; flex-direction: column; min-height: 0; }
  label { font-weight: 600; margin: .25rem 0; }
  textarea, pre { flex: 1; font: 14px/1.4 ui-monospace, monospace; border: 1px solid #999; padding: .5rem; margin: 0; min-height: 8rem; overflow: auto; }
  button { font-size: 1rem; padding: .4rem 1rem; }
</style>
</head>
<body>
<header><strong>Lan Tỏa GraphQL</strong>
  <button id="run" type="button">Run (Ctrl+Enter)</button>
  <button id="schema" type="button">Show schema types</button>
  <span>Bearer token: <input id="token" aria-label="Bearer token" size="24"></span>
</header>
<main>
  <section>
    <label for="query">Query</label>
    <textarea id="query" spellcheck="false">{\\n  courses {\\n    slug\\n    title { vi en }\\n    lessonCount\\n  }\\n}</textarea>
    <label for="variables">Variables (JSON)</label>
    <textarea id="variables" spellcheck="false">{}</textarea>
  </section>
  <section><label for="result">Result</label><pre id="result" tabindex="0" aria-live="polite"></pre></section>
</main>
<script>
  const $ = (id) => document.getElementById(id);
  async function run(query, variables) {
    $('result').textContent = '…';
    try {
      const headers = { 'content-type': 'application/json' };
      if ($('token').value) headers.authorization = 'Bearer ' + $('token').value;
      const res = await fetch(location.pathname, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      $('result').textContent = JSON.stringify(await res.json(), null, 2);
    } catch (e) { $('result').textContent = String(e); }
  }
  $('run').onclick = () => { let v = {}; try { v = JSON.parse($('variables').value || '{}'); } catch (e) { $('result').textContent = 'Variables: ' + e.message; return; } run($('query').value, v); };
  $('schema').onclick = () => run('{ __schema { types { name kind fields { name } } } }', {});
  document.addEventListener('keydown', (e) => { if (e.ctrlKey && e.key === 'Enter') $('run').click(); });
</script>
</body>
</html>
`;
