export function makeInvite() {
  const inviteToken = crypto.randomUUID();
  const delay = Math.random() * 1000;
  return { inviteToken, delay };
}
