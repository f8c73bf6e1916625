interface Message { to: string; subject: string; body: string }

export function send(message: Message, options: { priority?: number } = {}) {
  return [message, options];
}
