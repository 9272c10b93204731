import { useId } from 'preact/hooks';
import { useTranslator } from '../i18n';

export type BackupStatus = { kind: 'none' } | { kind: 'ok'; message: string } | { kind: 'error'; message: string };

export interface BackupProps {
  status: BackupStatus;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** Export the settings to a file, or import one (a bad file changes nothing). */
export function Backup({ status, onExport, onImport }: BackupProps) {
  const { t } = useTranslator();
  const id = useId();
  return (
    <div class="backup">
      <div class="backup__row">
        <button type="button" onClick={onExport}>
          {t('options.export')}
        </button>
        <label class="file-button">
          {t('options.import')}
          <input
            id={`${id}-file`}
            class="visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = ''; // choosing the same file again must still import it
              if (file) onImport(file);
            }}
          />
        </label>
      </div>
      <p class="hint">{t('options.importHint')}</p>
      {status.kind !== 'none' && (
        <p class={status.kind === 'error' ? 'error' : 'ok'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.message}
        </p>
      )}
    </div>
  );
}
