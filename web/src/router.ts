import { createRouter, createWebHistory } from 'vue-router';
import { session } from './api';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: () => import('./views/PortalView.vue') },
    { path: '/public/:id', component: () => import('./views/DocumentView.vue'), props: true },
    { path: '/region/:id', component: () => import('./views/RegionView.vue'), props: true },
    { path: '/login', component: () => import('./views/LoginView.vue') },
    { path: '/work', component: () => import('./views/WorkList.vue'), meta: { roles: ['preparer', 'admin'] } },
    { path: '/review', component: () => import('./views/ReviewQueue.vue'), meta: { roles: ['reviewer', 'admin'] } },
    { path: '/disclosure/:id', component: () => import('./views/DisclosureView.vue'), props: true, meta: { roles: ['preparer', 'reviewer', 'admin'] } },
    { path: '/audit', component: () => import('./views/AuditView.vue'), meta: { roles: ['reviewer', 'admin'] } },
    { path: '/audit/file/:id', component: () => import('./views/AuditFileView.vue'), props: true, meta: { roles: ['reviewer', 'admin'] } },
    { path: '/admin', component: () => import('./views/AdminView.vue'), meta: { roles: ['admin'] } },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.beforeEach((to) => {
  const roles = to.meta.roles as string[] | undefined;
  if (!roles) return true;
  if (!session.user) return { path: '/login', query: { next: to.fullPath } };
  return roles.includes(session.user.role) ? true : '/';
});
