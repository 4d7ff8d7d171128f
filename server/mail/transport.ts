/** How a finished message leaves the system: SMTP in real deployments, the dev mailbox otherwise. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  /** "mailbox": messages stay in the outbox table for /dev/mailbox; "smtp": handed to a mail server. */
  readonly kind: 'mailbox' | 'smtp';
  send(message: MailMessage): Promise<void>;
}

/** The embedded default: nothing leaves the machine; /dev/mailbox shows the outbox. */
export const mailboxTransport: MailTransport = { kind: 'mailbox', send: async () => undefined };
