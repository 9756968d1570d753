/** The sidebar's entry: bundled by scripts/build-sidebar.ts into build/Sidebar.html. */
import { startSidebar } from './app';
import { createBridge } from './bridge';

function boot(): void {
  startSidebar(createBridge());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
