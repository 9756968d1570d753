/**
 * `google.script.run` for the preview: injected into the real built
 * Sidebar.html before its own script. The runner is the emulator's
 * (emulator/script-run-client.ts); each call is sent to the preview
 * server (`POST /api/run {name, args}`), which runs the real built Code.js
 * on the emulated services. Tests may set `window.__khctTransport` to
 * answer calls themselves.
 */
import { createScriptRun, type RunAnswer, type Transport } from '../../emulator/script-run-client';

interface ShimWindow {
  google?: unknown;
  /** Where the Google Picker would be (src/ui/import.ts): a local file chooser; resolves with the emulated Drive's file id. */
  kehoachPickImportFile?: () => Promise<string | null>;
  __khctTransport?: Transport;
  __khctCalls?: number;
}

const page = window as unknown as ShimWindow;

const httpTransport: Transport = async (name, args) => {
  const response = await fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, args }),
  });
  // 404 (no such function) and 400 (arguments it cannot take) carry the
  // error google.script.run would give; anything else is the connection's.
  if (response.status === 200 || response.status === 404 || response.status === 400) {
    const answer = (await response.json()) as RunAnswer;
    if (typeof answer?.ok === 'boolean') return answer;
  }
  return { ok: false, error: `NetworkError: HTTP ${response.status}` };
};

page.google = {
  script: {
    run: createScriptRun(
      () => page.__khctTransport ?? httpTransport,
      () => {
        page.__khctCalls = (page.__khctCalls ?? 0) + 1;
      },
    ),
    host: {
      close: () => undefined,
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => undefined },
    },
  },
};

// In the preview, links to the generated Google Doc or PDF cannot open the
// real Google (the Doc lives in the emulator): the page shows its document
// view instead.
document.addEventListener(
  'click',
  (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link || !/^https:\/\/(docs|drive)\.google\.com\//.test(link.href) || window.parent === window) return;
    event.preventDefault();
    window.parent.postMessage({ type: 'khct-open-document', href: link.href }, location.origin);
  },
  true,
);

// The Google Picker cannot run here (it needs Google's servers and an API
// key): the import's "Chọn văn bản…" opens a local file chooser instead, and
// the file goes to the emulated Drive as a picked file (POST /api/pick).
page.kehoachPickImportFile = () =>
  new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      void file
        .arrayBuffer()
        .then(async (buffer) => {
          let binary = '';
          for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
          const response = await fetch('/api/pick', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: file.name, base64: btoa(binary) }),
          });
          const answer = (await response.json()) as { fileId?: string };
          resolve(answer.fileId ?? null);
        })
        .catch(reject);
    });
    input.click();
  });
