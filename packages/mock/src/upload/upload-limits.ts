// The API's own limits on an upload, which the mock enforces so tests meet them before production does.

const MIB = 1024 * 1024;

export interface UploadLimits {
  /** The largest audio file accepted (the API documents 500 MB for WAV and FLAC, its largest formats). */
  maxFileBytes: number;
  /** The whole request body: the largest file plus room for the text fields and the multipart framing. */
  maxBodyBytes: number;
  /** One text field of the form. */
  maxFieldBytes: number;
}

export function uploadLimits(maxFileBytes = 500 * MIB): UploadLimits {
  return { maxFileBytes, maxBodyBytes: maxFileBytes + MIB, maxFieldBytes: 64 * 1024 };
}
