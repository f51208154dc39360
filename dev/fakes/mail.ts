import { GasObject } from './membrane';
import { fail } from './errors';
import type { SentMail } from './environment-api';
import { isValidEmail } from './user';
import { Blob } from './blob';
import type { World } from './world';

/**
 * MailApp (https://developers.google.com/apps-script/reference/mail/mail-app). The daily quota
 * counts recipients (to + cc + bcc) over the last 24 hours per sending user
 * (https://developers.google.com/apps-script/guides/services/quotas: 100/day for consumer accounts).
 */
export interface StoredMail extends SentMail {
  noReply?: boolean;
  attachments?: { name: string | null; contentType: string | null; size: number }[];
}

interface MessageSpec {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  replyTo?: unknown;
  noReply?: unknown;
  attachments?: unknown;
}

const DAY = 24 * 3600 * 1000;

function list(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function address(entry: string): string {
  const angle = /<([^>]+)>\s*$/.exec(entry);
  return (angle ? angle[1] : entry)?.trim() ?? '';
}

export function usedToday(w: World): number {
  const since = w.now() - DAY;
  return w.mails
    .filter((m) => m.sentBy === w.user && Date.parse(m.sentAt) > since)
    .reduce((sum, m) => sum + list(m.to).length + list(m.cc).length + list(m.bcc).length, 0);
}

export class MailApp extends GasObject {
  readonly _class = 'MailApp';

  constructor(readonly _w: World) {
    super();
  }

  getRemainingDailyQuota(): number {
    return Math.max(0, this._w.mailDailyQuota - usedToday(this._w));
  }

  /** sendEmail(message), (recipient, subject, body[, options]), (to, replyTo, subject, body). */
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    let spec: MessageSpec;
    if (a && typeof a === 'object' && b === undefined) spec = a as MessageSpec;
    else if (typeof d === 'string') spec = { to: a, replyTo: b, subject: c, body: d };
    else spec = { ...((d as MessageSpec | undefined) ?? {}), to: a, subject: b, body: c };
    this._send(spec);
  }

  private _send(spec: MessageSpec): void {
    const to = list(spec.to);
    const cc = list(spec.cc);
    const bcc = list(spec.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) fail('Failed to send email: no recipient');
    for (const r of all) if (!isValidEmail(address(r))) fail(`Invalid email: ${r}`);
    if (spec.subject === undefined || spec.subject === null) fail('Invalid argument: subject');
    const subject = String(spec.subject);
    if (subject.length > 250) fail('Argument too large: subject');
    if (all.length > this.getRemainingDailyQuota())
      fail('Service invoked too many times for one day: email.');
    const mail: StoredMail = {
      to: to.join(','),
      subject,
      body: spec.body === undefined || spec.body === null ? '' : String(spec.body),
      sentAt: new Date(this._w.now()).toISOString(),
      sentBy: this._w.user,
    };
    if (cc.length) mail.cc = cc.join(',');
    if (bcc.length) mail.bcc = bcc.join(',');
    if (spec.htmlBody !== undefined && spec.htmlBody !== null) mail.htmlBody = String(spec.htmlBody);
    if (spec.name !== undefined && spec.name !== null) mail.name = String(spec.name);
    if (spec.replyTo !== undefined && spec.replyTo !== null) mail.replyTo = String(spec.replyTo);
    if (spec.noReply) mail.noReply = true;
    if (Array.isArray(spec.attachments)) {
      mail.attachments = spec.attachments.map((x) => {
        const blob =
          x instanceof Blob
            ? x
            : x && typeof (x as { getBlob?: unknown }).getBlob === 'function'
              ? (x as { getBlob(): Blob }).getBlob()
              : null;
        return blob
          ? { name: blob._name, contentType: blob._type, size: blob._bytes.length }
          : { name: null, contentType: null, size: 0 };
      });
    }
    this._w.mails.push(mail);
  }
}
