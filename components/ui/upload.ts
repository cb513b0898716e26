import type { ErrorBody } from "@/lib/errors";
import { ApiError } from "./api";

export interface UploadProgress {
  /** Bytes sent so far and in all; `total` is 0 when the browser cannot tell. */
  loaded: number;
  total: number;
  /** True once every byte is sent and the server is working on the answer. */
  sent: boolean;
}

/**
 * POST a form to the app's API with upload progress, which fetch() cannot report. Resolves to the
 * JSON body, or rejects with the same ApiError as `api()`; an aborted upload rejects with an
 * AbortError DOMException.
 */
export function uploadForm<T>(url: string, form: FormData, options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0, sent: false });
    xhr.upload.onload = () => options.onProgress?.({ loaded: 1, total: 1, sent: true });
    xhr.onerror = () => reject(new ApiError(0, "NETWORK", "The server could not be reached. Check your connection and try again; nothing was saved."));
    xhr.onabort = () => reject(new DOMException("The upload was cancelled.", "AbortError"));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        // A proxy's HTML error page: fall back to the status below.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const error = (body as ErrorBody | null)?.error;
      reject(new ApiError(xhr.status, error?.code ?? "INTERNAL", error?.message ?? `The upload failed (${xhr.status}). Nothing was saved.`, error?.details));
    };
    if (options.signal?.aborted) {
      reject(new DOMException("The upload was cancelled.", "AbortError"));
      return;
    }
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
