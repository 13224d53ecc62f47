import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';

/** Any JSON answer (documented by its description; request bodies and parameters are validated by zod). */
export const AnyJson = z.any().openapi({ type: 'object' });

export const ok = (description: string) => ({ 200: { description, content: { 'application/json': { schema: AnyJson } } } });
export const file = (description: string) => ({ 200: { description } });

export const IdParams = z.object({ id: z.string().regex(/^\d{1,12}$/).openapi({ param: { name: 'id', in: 'path' }, example: '1' }) });
export const Version = z.int().min(1).openapi({ description: '编辑开始时的版本号（乐观并发）' });

export const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export { createRoute, z, type RouteConfig };
