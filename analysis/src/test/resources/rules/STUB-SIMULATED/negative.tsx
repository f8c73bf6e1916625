import { retry } from './retry';

export function simulateGravity(bodies: Body[], dt: number): Body[] {
  // simulate one step of the physics engine
  return bodies.map((b) => ({ ...b, y: b.y + b.vy * dt }));
}

export async function fetchWithBackoff(url: string, attempts = 3): Promise<Response> {
  for (let i = 0; i < attempts; i++) {
    try {
      return await fetch(url);
    } catch (e) {
      await new Promise((r) => setTimeout(r, 2 ** i * 100));
    }
  }
  throw new Error('gave up');
}

export function SearchBox(props: { value: string }) {
  return <input placeholder="Search…" value={props.value} />;
}

export const defaultOptions = (locale: string) => ({ pageSize: 20, theme: 'light' });

export function randomId(): string {
  return Math.random().toString(36).slice(2);
}

export function shuffle<T>(items: T[]): T[] {
  return [...items].sort(() => Math.random() - 0.5);
}

export function debounce(fn: () => void, ms: number) {
  let timer: any;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

export async function loadInvoices(api: Api): Promise<Invoice[]> {
  const response = await api.get('/invoices');
  return response.data;
}

export class Logger {
  info(message: string) {
    console.log(`[info] ${message}`);
  }
}

export abstract class Repository {
  abstract find(id: string): Promise<Item>;
}

export class Renderer {
  nextFrame(callback: () => void) {
    setTimeout(callback, 17);
  }
}
