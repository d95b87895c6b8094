// Requests to the editor server: every change carries the page's anti-forgery token (RequestGuard).
const token = document.querySelector('meta[name="reportgen-token"]').content;

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `请求失败（${status}）`);
    this.status = status;
    this.body = body;
  }
}

async function parse(response) {
  const type = response.headers.get('content-type') || '';
  if (type.startsWith('application/json')) return response.json();
  const text = await response.text();
  return { message: text };
}

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await parse(response);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function postJson(url, payload, { signal } = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-ReportGen-Token': token },
    body: JSON.stringify(payload ?? {}),
    signal,
  });
  const body = await parse(response);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** A POST answered with a file: its bytes as a Blob and the response headers. */
export async function postForBlob(url, payload) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-ReportGen-Token': token },
    body: JSON.stringify(payload ?? {}),
  });
  if (!response.ok) throw new ApiError(response.status, await parse(response));
  return { blob: await response.blob(), headers: response.headers };
}

export async function postForm(url, formData) {
  const response = await fetch(url, { method: 'POST', headers: { 'X-ReportGen-Token': token }, body: formData });
  const body = await parse(response);
  if (!response.ok && response.status !== 422) throw new ApiError(response.status, body);
  return body;
}

/** Server-sent events over a POST (EventSource cannot send the token): calls onEvent(name, data) for each. */
export async function postEvents(url, payload, onEvent) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-ReportGen-Token': token },
    body: JSON.stringify(payload ?? {}),
  });
  if (!response.ok) throw new ApiError(response.status, await parse(response));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (name) onEvent(name, data ? JSON.parse(data) : null);
    }
  }
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
