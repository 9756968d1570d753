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
  /** Where the district's Google Picker would be (src/ui/district.ts): a list of the folder's workbooks; resolves with the picked files. */
  kehoachPickDistrictFiles?: () => Promise<{ id: string; name: string }[] | null>;
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

// District mode (`npm start -- --district FOLDER`): the Google Picker's
// stand-in lists the folder's workbooks with a checkbox each (multi-select,
// as the real one with MULTISELECT_ENABLED); the picked ones are granted to
// the add-on by the preview server (POST /api/district/pick).
page.kehoachPickDistrictFiles = async () => {
  const listed = (await (await fetch('/api/district/files')).json()) as { files?: { id: string; name: string }[] };
  const files = listed.files ?? [];
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.id = 'district-picker';
    dialog.setAttribute('aria-label', 'Chọn bảng tính kế hoạch của các trường');
    const title = document.createElement('p');
    title.textContent = 'Được chia sẻ với tôi: chọn bảng tính kế hoạch của các trường';
    dialog.append(title);
    for (const file of files) {
      const label = document.createElement('label');
      label.style.display = 'block';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = file.id;
      label.append(box, ` ${file.name}`);
      dialog.append(label);
    }
    const finish = async (chosen: string[] | null) => {
      dialog.close();
      dialog.remove();
      if (!chosen) return resolve(null);
      const response = await fetch('/api/district/pick', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids: chosen }),
      });
      resolve(((await response.json()) as { files?: { id: string; name: string }[] }).files ?? []);
    };
    const all = document.createElement('button');
    all.type = 'button';
    all.textContent = 'Chọn tất cả';
    all.addEventListener('click', () => dialog.querySelectorAll('input').forEach((box) => (box.checked = true)));
    const pick = document.createElement('button');
    pick.type = 'button';
    pick.id = 'district-picker-ok';
    pick.textContent = 'Chọn';
    pick.addEventListener('click', () => void finish(Array.from(dialog.querySelectorAll('input:checked')).map((box) => (box as HTMLInputElement).value)));
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Huỷ';
    cancel.addEventListener('click', () => void finish(null));
    dialog.append(all, pick, cancel);
    document.body.append(dialog);
    dialog.showModal();
  });
};
