// Prints the title stored in a Playwright HTML report (argv[2] = the report folder). The report keeps its data
// zipped inside index.html, so the title cannot be grepped from the page.
import fs from 'node:fs';
import path from 'node:path';
import { embeddedZips, zipEntries } from '../../scripts/zip-entries.ts';

const html = fs.readFileSync(path.join(process.argv[2]!, 'index.html'), 'utf8');
const reportJson = embeddedZips(html).flatMap(zipEntries).find((e) => e.name === 'report.json');
if (!reportJson) throw new Error('no report.json in the HTML report');
const report = JSON.parse(reportJson.data.toString('utf8')) as { options?: { title?: string } };
console.log(report.options?.title ?? '');
