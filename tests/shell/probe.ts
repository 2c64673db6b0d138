import { launchStandIn } from './harness/stand-in-app';
import { browserServer } from './harness/seed';
const server = await browserServer();
for (let i = 0; i < 3; i++) {
  const t0 = Date.now();
  const app = launchStandIn({ browserWs: server.wsEndpoint() });
  await app.op('ping');
  const t1 = Date.now();
  await app.page('waitFor', 'role=heading[level=1][name="Your people"]', { timeout: 30000 });
  const t2 = Date.now();
  await app.op('close-window');
  await app.exited;
  console.log('ping', t1 - t0, 'home', t2 - t1, 'close', Date.now() - t2);
}
await server.close();
