import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A second line under the label, read out as the switch's description. */
  hint?: string;
  disabled?: boolean;
}

/** An on/off switch: a real button with role="switch", so it is announced and keyboard-operable. */
export function Switch({ label, checked, onChange, hint, disabled }: SwitchProps) {
  const id = useId();
  return (
    <div class="switch-row">
      <span class="switch-row__text">
        <span id={`${id}-label`} class="switch-row__label">
          {label}
        </span>
        {hint && (
          <span id={`${id}-hint`} class="switch-row__hint">
            {hint}
          </span>
        )}
      </span>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch__thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
