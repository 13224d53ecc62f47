import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import 'element-plus/dist/index.css';
import { createApp } from 'vue';
import App from './App.vue';
import { loadSession } from './api';
import { router } from './router';
import './style.css';

void loadSession()
  .catch(() => undefined)
  .finally(() => createApp(App).use(ElementPlus, { locale: zhCn }).use(router).mount('#app'));
