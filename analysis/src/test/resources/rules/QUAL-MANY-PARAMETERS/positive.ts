export function send(to: string, cc: string, bcc: string, subject: string, body: string, files: string[], priority: number, retries: number) { // expect: QUAL-MANY-PARAMETERS
  return [to, cc, bcc, subject, body, files, priority, retries];
}
