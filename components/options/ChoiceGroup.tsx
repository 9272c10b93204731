export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: ReadonlyArray<Choice<T>>;
  onChange: (value: T) => void;
}

/** A set of radio buttons in a fieldset: one choice of a few, labelled. */
export function ChoiceGroup<T extends string>({ legend, name, value, choices, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.hint && <span class="choice__hint"> {choice.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
