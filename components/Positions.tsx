import type { CardPosition, CardQuote } from '../core/localise';
import { useTranslator } from './i18n';
import { SourceLine } from './SourceLine';

interface PositionsProps {
  positions: readonly CardPosition[];
  /** Whether a person id has an entry of its own; only then is the name a button. */
  hasEntry: (id: string) => boolean;
  onOpenPerson: (id: string) => void;
}

/** Expert positions side by side: who, for whom they speak, what they hold, and where they said it. */
export function Positions({ positions, hasEntry, onOpenPerson }: PositionsProps) {
  const { t } = useTranslator();
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
            {position.quote && <QuoteBlock quote={position.quote} cite={position.source.url} />}
            <p class="position__source source">
              <SourceLine source={position.source} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The words as published, in their language; a rendering of ours is labelled as Kontekst's
 * translation and keeps the original beside it, so it is never taken for the speaker's words.
 */
function QuoteBlock({ quote, cite }: { quote: CardQuote; cite: string | undefined }) {
  const translator = useTranslator();
  const [noteBefore, noteAfter] = translator.around('card.kontekstTranslation');
  return (
    <blockquote class="position__quote" cite={cite}>
      <q lang={quote.lang}>{quote.text}</q>
      {quote.kontekstTranslation && quote.original && (
        <p class="position__quote-note muted">
          {noteBefore}
          <q lang={quote.originalLang}>{quote.original}</q>
          {noteAfter}
        </p>
      )}
      {quote.translatedBy && !quote.kontekstTranslation && (
        <p class="position__quote-note muted">{translator.t('card.translatedBy', quote.translatedBy)}</p>
      )}
    </blockquote>
  );
}

function PersonName({ position, hasEntry, onOpenPerson }: { position: CardPosition } & Omit<PositionsProps, 'positions'>) {
  const { personId } = position;
  if (personId === undefined || !hasEntry(personId)) return <>{position.name}</>;
  return (
    <button type="button" class="link-button person-link" onClick={() => onOpenPerson(personId)}>
      {position.name}
    </button>
  );
}
