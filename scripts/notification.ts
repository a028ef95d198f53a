// The short failure message the nightly run posts: target, verdict, failed lines, link to the run. Pure, so the
// wording is tested without a network; Slack-compatible ({ text, blocks }), and any webhook that takes JSON
// with a `text` field shows the same thing.
import type { Signoff } from '../reporters/signoff-model.ts';

export interface SlackMessage {
  text: string;
  blocks: { type: 'section'; text: { type: 'mrkdwn'; text: string } }[];
}

/** A URL as it may be shown anywhere: user and password parts removed. */
export function withoutCredentials(url: string): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.toString().replace(/\/$/, '');
}

/** `summary` is null when the run produced no sign-off at all (misconfigured or crashed harness). */
export function notificationFor(summary: Signoff | null, runUrl: string | null, fallbackTarget: string): SlackMessage {
  const link = runUrl ? `<${runUrl}|the run>` : 'the CI logs';
  if (!summary) {
    const text = `:warning: CMEP nightly smoke on ${withoutCredentials(fallbackTarget)} produced no sign-off report (the harness failed before reporting). See ${link}.`;
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const e = summary.environment;
  const failed = summary.lines.filter((l) => l.status === 'fail').map((l) => l.id);
  const headline =
    `${summary.verdict === 'signed off' ? ':white_check_mark:' : ':x:'} CMEP nightly smoke on ${withoutCredentials(e.appUrl)}: ` +
    `*${summary.verdict}* (version ${e.version ?? 'unknown'}, run ${e.runId})`;
  const details = [
    failed.length ? `Failed lines: ${failed.join(', ')}` : 'No line failed.',
    ...(summary.reasons.length ? [`Why: ${summary.reasons.slice(0, 8).join('; ')}${summary.reasons.length > 8 ? '; …' : ''}`] : []),
    `Details: ${link}`,
  ];
  return {
    text: [headline, ...details].join('\n'),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: headline } },
      { type: 'section', text: { type: 'mrkdwn', text: details.join('\n') } },
    ],
  };
}
