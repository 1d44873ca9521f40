// Third-party client check: the unmodified jsforce 3 package against the
// LeadBridge Salesforce sandbox emulator.
//
//   node check.mjs http://127.0.0.1:<port>
//
// Prints one "CHECK ok <name>" line per passing check; on the first mismatch
// prints "CHECK FAILED <name>: <reason>" and exits with status 1.
// The sandbox must hold the demo user (demo@leadbridge.sandbox / sandbox +
// TOKEN) and at least 4,500 Leads (the test driver seeds them).
import jsforce from 'jsforce';

const base = (process.argv[2] || '').replace(/\/+$/, '');
if (!/^https?:\/\//.test(base)) {
  console.error('usage: node check.mjs <sandbox base URL, e.g. http://127.0.0.1:8443>');
  process.exit(2);
}

const USERNAME = 'demo@leadbridge.sandbox';
const PASSWORD = 'sandbox';
const SECURITY_TOKEN = 'TOKEN';
const CLIENT_ID = 'leadbridge-sandbox-client';
const CLIENT_SECRET = 'leadbridge-sandbox-secret';
const VERSION = '50.0';

// jsforce logs a deprecation warning for SOAP login; keep the output to our lines.
const quietLogger = { logLevel: 'FATAL' };

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

async function check(name, fn) {
  try {
    const detail = await fn();
    console.log(`CHECK ok ${name}${detail ? ` - ${detail}` : ''}`);
  } catch (err) {
    console.error(`CHECK FAILED ${name}: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  }
}

function stamp() {
  return `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
}

const run = stamp();
let soap;
let oauth;

await check('soap-login', async () => {
  soap = new jsforce.Connection({ loginUrl: base, version: VERSION, logLevel: 'FATAL' });
  const info = await soap.login(USERNAME, PASSWORD + SECURITY_TOKEN);
  assert(soap.instanceUrl === base, `instanceUrl ${soap.instanceUrl} is not ${base}`);
  assert(typeof soap.accessToken === 'string' && soap.accessToken.length > 20, 'no session id');
  assert(/^005/.test(info.id), `user id ${info.id}`);
  assert(/^00D/.test(info.organizationId), `organization id ${info.organizationId}`);
  return `user ${info.id}`;
});

await check('soap-login-rejects-bad-password', async () => {
  const c = new jsforce.Connection({ loginUrl: base, version: VERSION, logLevel: 'FATAL' });
  try {
    await c.login(USERNAME, 'wrong-password');
  } catch (err) {
    assert(/INVALID_LOGIN/.test(String(err.message)), `unexpected error: ${err.message}`);
    return 'INVALID_LOGIN';
  }
  throw new Error('login with a bad password succeeded');
});

await check('oauth2-password-login', async () => {
  oauth = new jsforce.Connection({
    oauth2: { loginUrl: base, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    loginUrl: base,
    version: VERSION,
    logLevel: 'FATAL',
  });
  const info = await oauth.login(USERNAME, PASSWORD + SECURITY_TOKEN);
  assert(oauth.instanceUrl === base, `instanceUrl ${oauth.instanceUrl}`);
  assert(/^005/.test(info.id) && /^00D/.test(info.organizationId), 'ids not parsed from the identity URL');
  return `org ${info.organizationId}`;
});

await check('oauth2-rejects-bad-secret', async () => {
  const c = new jsforce.Connection({
    oauth2: { loginUrl: base, clientId: CLIENT_ID, clientSecret: 'wrong' },
    loginUrl: base, version: VERSION, logLevel: 'FATAL',
  });
  try {
    await c.login(USERNAME, PASSWORD + SECURITY_TOKEN);
  } catch (err) {
    assert(err.name === 'invalid_client', `unexpected error ${err.name}: ${err.message}`);
    return err.name;
  }
  throw new Error('login with a bad client secret succeeded');
});

await check('describe', async () => {
  const d = await oauth.sobject('Lead').describe();
  const names = new Set(d.fields.map((f) => f.name));
  for (const n of ['Id', 'Email', 'LastName', 'Company', 'Score__c', 'HasOptedOutOfEmail', 'EmailBouncedReason', 'External_Id__c']) {
    assert(names.has(n), `describe lacks ${n}`);
  }
  const ext = d.fields.find((f) => f.name === 'External_Id__c');
  assert(ext.externalId === true, 'External_Id__c is not an external id');
  return `${d.fields.length} fields`;
});

await check('query-and-queryMore', async () => {
  const first = await oauth.query('SELECT Id, Email FROM Lead');
  assert(first.done === false, 'first page says done');
  assert(first.records.length === 2000, `first page has ${first.records.length} records`);
  assert(typeof first.nextRecordsUrl === 'string', 'no nextRecordsUrl');
  const second = await oauth.queryMore(first.nextRecordsUrl);
  assert(second.records.length > 0, 'queryMore returned nothing');
  assert(second.records[0].Id !== first.records[0].Id, 'queryMore repeated the first page');
  return `totalSize ${first.totalSize}`;
});

await check('query-autoFetch', async () => {
  const total = (await oauth.query('SELECT COUNT() FROM Lead')).totalSize;
  const res = await oauth.query('SELECT Id, Email, LastModifiedDate FROM Lead').execute({ autoFetch: true, maxFetch: 1000000 });
  assert(res.records.length === total, `autoFetch got ${res.records.length} of ${total}`);
  const ids = new Set(res.records.map((r) => r.Id));
  assert(ids.size === total, 'duplicate ids across pages');
  let streamed = 0;
  await new Promise((resolve, reject) => {
    oauth.query('SELECT Id FROM Lead').on('record', () => { streamed += 1; })
      .on('end', resolve).on('error', reject).run({ autoFetch: true, maxFetch: 1000000 });
  });
  assert(streamed === total, `record events ${streamed} of ${total}`);
  return `${total} records`;
});

let created = [];
await check('collections-create', async () => {
  const recs = [];
  for (let i = 0; i < 5; i += 1) {
    recs.push({ LastName: `Jsforce ${i}`, Company: 'Check Co', Email: `jsf${i}-${run}@example.com`, External_Id__c: `JSF-${run}-${i}` });
  }
  const res = await soap.sobject('Lead').create(recs);
  assert(Array.isArray(res) && res.length === 5, 'expected 5 results');
  for (const r of res) assert(r.success === true && /^00Q/.test(r.id), `create failed: ${JSON.stringify(r)}`);
  created = res.map((r) => r.id);
  const bad = await soap.sobject('Lead').create([{ Company: 'No last name' }]);
  assert(bad[0].success === false && bad[0].errors[0].statusCode === 'REQUIRED_FIELD_MISSING', `bad record: ${JSON.stringify(bad)}`);
  return `${created.length} created`;
});

await check('collections-upsert', async () => {
  const res = await oauth.sobject('Lead').upsert([
    { External_Id__c: `JSF-${run}-0`, Title: 'Updated by jsforce' },
    { External_Id__c: `JSF-${run}-new`, LastName: 'Upserted', Company: 'Check Co' },
  ], 'External_Id__c');
  assert(res.length === 2, 'expected 2 results');
  assert(res[0].success && res[0].created === false && res[0].id === created[0], `update result ${JSON.stringify(res[0])}`);
  assert(res[1].success && res[1].created === true, `insert result ${JSON.stringify(res[1])}`);
  const single = await oauth.sobject('Lead').upsert({ Email__c: `plus+${run}@example.com`, LastName: 'Single', Company: 'Co' }, 'Email__c');
  assert(single.success === true, `single upsert ${JSON.stringify(single)}`);
  const again = await oauth.sobject('Lead').upsert({ Email__c: `plus+${run}@example.com`, Title: 'Again' }, 'Email__c');
  assert(again.success === true && again.created === false, `single upsert update ${JSON.stringify(again)}`);
  const back = await oauth.sobject('Lead').retrieve(created[0]);
  assert(back.Title === 'Updated by jsforce', `title is ${back.Title}`);
  return 'created + updated';
});

await check('collections-retrieve-update-destroy', async () => {
  const got = await oauth.sobject('Lead').retrieve(created.slice(0, 2));
  assert(got.length === 2 && got[0].Id === created[0], 'retrieve mismatch');
  const upd = await oauth.sobject('Lead').update(created.map((id) => ({ Id: id, Title: 'Bulk title' })));
  assert(upd.every((r) => r.success), `update: ${JSON.stringify(upd)}`);
  const del = await oauth.sobject('Lead').destroy(created.slice(3));
  assert(del.every((r) => r.success), `destroy: ${JSON.stringify(del)}`);
  const left = await oauth.query(`SELECT COUNT() FROM Lead WHERE Id IN ('${created.join("','")}')`);
  assert(left.totalSize === 3, `${left.totalSize} left after destroy`);
  return 'ok';
});

await check('updated-deleted', async () => {
  // Replication only covers whole minutes that have passed: move the sandbox clock on.
  const clock = await fetch(`${base}/_sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"advanceSeconds":120}' });
  assert(clock.ok, 'could not move the sandbox clock');
  const end = new Date(Date.now() + 180000);
  const start = new Date(Date.now() - 600000);
  const upd = await oauth.sobject('Lead').updated(start.toISOString(), end.toISOString());
  assert(upd.ids.includes(created[0]), 'updated() lacks an edited lead');
  const del = await oauth.sobject('Lead').deleted(start.toISOString(), end.toISOString());
  assert(del.deletedRecords.some((d) => d.id === created[3]), 'deleted() lacks a destroyed lead');
  return `${upd.ids.length} updated, ${del.deletedRecords.length} deleted`;
});

await check('bulk2-load-insert', async () => {
  const input = [];
  for (let i = 0; i < 300; i += 1) {
    input.push({ LastName: `Bulk ${i}`, Company: 'Bulk Co', Email: `bulk${i}-${run}@example.com`, HasOptedOutOfEmail: i % 2 === 0, Score__c: i, External_Id__c: `BULK-${run}-${i}` });
  }
  input.push({ LastName: null, Company: 'Bulk Co', Email: `bad-${run}@example.com` });
  const res = await oauth.bulk2.loadAndWaitForResults({ object: 'Lead', operation: 'insert', input, pollInterval: 200, pollTimeout: 30000 });
  assert(res.successfulResults.length === 300, `${res.successfulResults.length} successful`);
  assert(res.failedResults.length === 1, `${res.failedResults.length} failed`);
  assert(/^00Q/.test(res.successfulResults[0].sf__Id), 'no sf__Id');
  assert(String(res.successfulResults[0].sf__Created) === 'true', 'sf__Created not true');
  assert(/REQUIRED_FIELD_MISSING/.test(res.failedResults[0].sf__Error), `sf__Error ${res.failedResults[0].sf__Error}`);
  return '300 ok, 1 failed';
});

await check('bulk2-load-upsert', async () => {
  const input = [
    // jsforce builds the CSV header from the first record's keys: give both the same keys.
    { External_Id__c: `BULK-${run}-1`, Title: 'Upserted', LastName: 'Bulk 1', Company: 'Bulk Co' },
    { External_Id__c: `BULK-${run}-new`, Title: 'Inserted', LastName: 'New', Company: 'Bulk Co' },
  ];
  const res = await oauth.bulk2.loadAndWaitForResults({ object: 'Lead', operation: 'upsert', externalIdFieldName: 'External_Id__c', input, pollInterval: 200, pollTimeout: 30000 });
  assert(res.successfulResults.length === 2, `${res.successfulResults.length} successful: ${JSON.stringify(res.failedResults)}`);
  const createdFlags = res.successfulResults.map((r) => String(r.sf__Created)).sort();
  assert(createdFlags.join(',') === 'false,true', `sf__Created ${createdFlags}`);
  return 'ok';
});

await check('bulk2-query', async () => {
  const total = (await oauth.query('SELECT COUNT() FROM Lead')).totalSize;
  const stream = await oauth.bulk2.query('SELECT Id, Email FROM Lead', { pollInterval: 200, pollTimeout: 30000 });
  let n = 0;
  await new Promise((resolve, reject) => {
    stream.on('record', () => { n += 1; });
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  assert(n === total, `bulk query returned ${n} of ${total}`);
  return `${n} records`;
});

await check('session-refresh-after-expiry', async () => {
  const r = await fetch(`${base}/_sandbox/tokens/expire`, { method: 'POST' });
  assert(r.ok, 'could not expire tokens');
  const res = await soap.query('SELECT Id FROM Lead LIMIT 1');
  assert(res.records.length === 1, 'query after re-login failed');
  const res2 = await oauth.query('SELECT Id FROM Lead LIMIT 1');
  assert(res2.records.length === 1, 'oauth query after re-login failed');
  return 're-login ok';
});

await check('limit-info', async () => {
  await oauth.query('SELECT Id FROM Lead LIMIT 1');
  const used = oauth.limitInfo && oauth.limitInfo.apiUsage;
  assert(used && used.used > 0 && used.limit >= used.used, `limitInfo ${JSON.stringify(oauth.limitInfo)}`);
  return `api-usage ${used.used}/${used.limit}`;
});

console.log('CHECK all passed');
