import { message } from '../../core/i18n';
import { exportSettings, type Settings } from '../../core/settings';
import { parseSettingsImport, type ImportResult } from '../../core/settings-import';

/** A settings file is a few hundred bytes; anything this big was chosen by mistake. */
const MAX_IMPORT_BYTES = 1_000_000;

/** Saves the settings as a JSON file through a Blob URL (no downloads permission needed). */
export function downloadSettings(settings: Settings, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = 'kontekst-settings.json';
  link.click();
  // The download has taken its copy once the click's task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads and validates a chosen file; nothing is written here. */
export async function readSettingsFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: message('import.tooLarge') };
  try {
    return parseSettingsImport(await file.text());
  } catch (error) {
    return { ok: false, error: message('import.unreadable', (error as Error).message) };
  }
}
