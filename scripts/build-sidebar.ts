/** Builds build/Sidebar.html from src/ui (owned by the sidebar work; minimal until then). */
export async function buildSidebar(_root: string): Promise<string> {
  return '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch cải tiến</title></head><body></body></html>';
}
