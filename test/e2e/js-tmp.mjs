import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking'] });
const ctx = await b.newContext({ viewport: { width: 360, height: 740 } });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Network.enable'); await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
const types = new Map(), sizes = new Map();
cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }));
cdp.on('Network.dataReceived', (e) => sizes.set(e.requestId, (sizes.get(e.requestId) ?? 0) + e.encodedDataLength));
await p.goto('http://127.0.0.1:3999' + (process.argv[2] ?? '/'));
await p.waitForLoadState('networkidle');
let total = 0;
for (const [id, t] of types) if (t.type === 'Script') { total += sizes.get(id) ?? 0; console.log(sizes.get(id), t.url.replace('http://127.0.0.1:3999', '')); }
console.log('total', total);
await b.close();
