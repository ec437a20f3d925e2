/** `npm run bench`: every measurement, each with its same-run baseline. Figures go to bench/README.md by hand. */
import { benchCallLatency } from './call-latency.js';
import { benchIssue } from './issue.js';

console.log(`# bench ${new Date().toISOString()} · node ${process.version}\n`);
console.log(await benchIssue());
console.log();
console.log(await benchCallLatency());
