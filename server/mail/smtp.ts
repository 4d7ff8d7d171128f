/**
 * SMTP transport via nodemailer, configured by SMTP_* environment variables. Node only: imported
 * by server/main.ts, never by the app (which also runs in the browser mocks).
 */
import nodemailer from 'nodemailer';
import type { MailTransport } from './transport.ts';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user?: string | undefined;
  password?: string | undefined;
  from: string;
}

export function smtpConfigFromEnv(env: Record<string, string | undefined>): SmtpConfig | null {
  if (!env.SMTP_HOST) return null;
  const port = Number(env.SMTP_PORT ?? 587);
  return {
    host: env.SMTP_HOST,
    port,
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' || env.SMTP_SECURE === '1' : port === 465,
    user: env.SMTP_USER,
    password: env.SMTP_PASSWORD,
    from: env.SMTP_FROM ?? 'Sozialplattform <no-reply@localhost>',
  };
}

export function smtpTransport(config: SmtpConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
  });
  return {
    kind: 'smtp',
    async send(message) {
      await transporter.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
