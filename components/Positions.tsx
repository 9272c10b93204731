import type { Position } from '../data/schema';
import { t } from '../utils/i18n';
import { SourceLine } from './SourceLine';

interface PositionsProps {
  positions: readonly Position[];
  /** Whether a person id has an entry of its own; only then is the name a button. */
  hasEntry: (id: string) => boolean;
  onOpenPerson: (id: string) => void;
}

/** Expert positions side by side: who, for whom they speak, what they hold, and where they said it. */
export function Positions({ positions, hasEntry, onOpenPerson }: PositionsProps) {
  return (
    <section class="section">
      <h3 class="section__heading">{t('card.positions')}</h3>
      <ul class="positions">
        {positions.map((position) => (
          <li key={`${position.name}|${position.stance}`} class="position">
            <h4 class="position__name">
              <PersonName position={position} hasEntry={hasEntry} onOpenPerson={onOpenPerson} />
            </h4>
            <p class="position__role">{position.role}</p>
            <p class="position__labels">
              <span class="label label--side">{position.side}</span>
              <span class="label label--stance">{position.stance}</span>
            </p>
            <p class="position__paraphrase">{position.paraphrase}</p>
            {position.quote && (
              <blockquote class="position__quote" cite={position.source.url}>
                <q>{position.quote}</q>
              </blockquote>
            )}
            <p class="position__source source">
              <SourceLine source={position.source} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PersonName({ position, hasEntry, onOpenPerson }: { position: Position } & Omit<PositionsProps, 'positions'>) {
  const { personId } = position;
  if (personId === undefined || !hasEntry(personId)) return <>{position.name}</>;
  return (
    <button type="button" class="link-button person-link" onClick={() => onOpenPerson(personId)}>
      {position.name}
    </button>
  );
}
