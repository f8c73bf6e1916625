export function makeInvite() {
  const inviteToken = Math.random().toString(36).slice(2); // expect: SEC-SCRIPT-WEAK-RANDOM
  return inviteToken;
}
