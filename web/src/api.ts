import { reactive } from 'vue';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: 'admin' | 'preparer' | 'reviewer';
  departmentId: number | null;
  regionId: number | null;
}

/** The signed-in user and the CSRF token every write must carry. */
export const session = reactive<{ user: User | null; csrf: string; loaded: boolean }>({ user: null, csrf: '', loaded: false });

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Call the API: JSON in and out, the CSRF token on writes, a Chinese error message on failure. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers name the answer type where they use it
export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['X-CSRF-Token'] = session.csrf;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const message = typeof data === 'object' && data && 'error' in data ? String((data as { error: string }).error) : `请求失败（${res.status}）`;
    throw new ApiFailure(res.status, message, typeof data === 'object' ? data : {});
  }
  return data as T;
}

export async function loadSession(): Promise<void> {
  const me = await api<{ user: User | null; csrf: string | null }>('GET', '/api/auth/me');
  session.user = me.user;
  session.csrf = me.csrf ?? '';
  session.loaded = true;
}

export const ROLE_NAMES: Record<User['role'], string> = { admin: '管理员', preparer: '编制人员', reviewer: '审核人员' };
export const STATUS_NAMES: Record<string, string> = { draft: '编制中', submitted: '待审核', returned: '已退回', approved: '审核通过', published: '已发布' };
export const STATUS_TYPES: Record<string, 'info' | 'warning' | 'danger' | 'success' | 'primary'> = { draft: 'info', submitted: 'warning', returned: 'danger', approved: 'primary', published: 'success' };

/** 元 text with thousands separators, for display. */
export function formatYuan(s: string | undefined): string {
  if (!s) return '';
  const [i, f = '00'] = s.split('.');
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f.padEnd(2, '0')}`;
}

/** 元 text → 万元 with two decimals (exact: string arithmetic on 分). */
export function toWan(s: string): string {
  const [i, f = ''] = s.split('.');
  const fen = BigInt(i) * 100n + BigInt(f.padEnd(2, '0').slice(0, 2) || '0');
  const hundredths = (fen + 5000n) / 10000n; // 0.01 万元 = 100 元 = 10000 分, rounded half up
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}
