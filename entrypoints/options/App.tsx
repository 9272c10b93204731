import { useState } from 'preact/hooks';
import { Backup, type BackupStatus } from '../../components/options/Backup';
import { ChoiceGroup } from '../../components/options/ChoiceGroup';
import { MutedList } from '../../components/options/MutedList';
import { SiteList } from '../../components/options/SiteList';
import { Switch } from '../../components/Switch';
import { cardLanguageOf, type Density, type MarkStyle, type Settings, type SettingsChoices } from '../../core/settings';
import { siteKeyFromInput } from '../../core/site-input';
import type { KbEntry } from '../../data/schema';
import { t, tMessage, uiLang } from '../../utils/i18n';
import { updateSettings } from '../../utils/storage';
import { useSettings } from '../../utils/use-settings';
import { useThemeAttribute } from '../../utils/use-theme-attribute';
import { downloadSettings, readSettingsFile } from './settings-file';

const DENSITY_CHOICES = [
  { value: 'all', label: t('options.everyMention'), hint: t('options.everyMentionHint') },
  { value: 'first', label: t('options.firstMention'), hint: t('options.firstMentionHint') },
] as const;

const THEME_CHOICES = [
  { value: 'auto', label: t('options.themeAuto'), hint: t('options.themeAutoHint') },
  { value: 'light', label: t('options.themeLight') },
  { value: 'dark', label: t('options.themeDark') },
] as const;

const CARD_LANGUAGE_CHOICES = [
  { value: 'auto', label: t('options.cardLanguageAuto') },
  { value: 'en', label: t('options.cardLanguageEn') },
  { value: 'uk', label: t('options.cardLanguageUk') },
] as const;

const MARK_STYLE_CHOICES = [
  { value: 'underline', label: t('options.markUnderline'), hint: t('options.markUnderlineHint') },
  { value: 'background', label: t('options.markBackground'), hint: t('options.markBackgroundHint') },
  { value: 'hover', label: t('options.markHover'), hint: t('options.markHoverHint') },
] as const;

const choose = (choices: SettingsChoices) => void updateSettings({ kind: 'choose', choices });

/** The options page. Every change is stored at once; open tabs apply it through the storage watch. */
export function App({ kb }: { kb: readonly KbEntry[] }) {
  const settings = useSettings();
  const [backup, setBackup] = useState<BackupStatus>({ kind: 'none' });
  useThemeAttribute(settings?.theme);
  if (!settings) return <main class="options" aria-busy="true" />;

  // The muted list names entries as their cards do: in the reader's card language.
  const lang = cardLanguageOf(settings.cardLanguage, uiLang);
  const titles = new Map(kb.map((entry) => [entry.id, entry.title[lang]]));
  const muted = settings.muted
    .map((id) => ({ id, title: titles.get(id) ?? id }))
    .sort((a, b) => a.title.localeCompare(b.title));

  const importFile = async (file: File) => {
    const result = await readSettingsFile(file);
    if (!result.ok) return setBackup({ kind: 'error', message: tMessage(result.error) });
    await updateSettings({ kind: 'replace', settings: result.settings });
    setBackup({ kind: 'ok', message: t('options.imported', file.name) });
  };

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <section aria-labelledby="general">
        <h2 id="general">{t('options.general')}</h2>
        <Switch
          label={t('popup.pauseEverywhere')}
          hint={t('options.pauseHint')}
          checked={settings.paused}
          onChange={(paused) => choose({ paused })}
        />
        <ChoiceGroup<Density>
          legend={t('options.markTerms')}
          name="density"
          value={settings.density}
          choices={DENSITY_CHOICES}
          onChange={(density) => choose({ density })}
        />
        <ChoiceGroup<MarkStyle>
          legend={t('options.markStyle')}
          name="markStyle"
          value={settings.markStyle}
          choices={MARK_STYLE_CHOICES}
          onChange={(markStyle) => choose({ markStyle })}
        />
        <ChoiceGroup<Settings['theme']>
          legend={t('options.theme')}
          name="theme"
          value={settings.theme}
          choices={THEME_CHOICES}
          onChange={(theme) => choose({ theme })}
        />
        <ChoiceGroup<Settings['cardLanguage']>
          legend={t('options.cardLanguage')}
          name="cardLanguage"
          value={settings.cardLanguage}
          choices={CARD_LANGUAGE_CHOICES}
          onChange={(cardLanguage) => choose({ cardLanguage })}
        />
      </section>
      <section aria-labelledby="sites">
        <h2 id="sites">{t('options.sitesOff')}</h2>
        <SiteList
          sites={settings.disabledSites}
          parse={siteKeyFromInput}
          onAdd={(key) => void updateSettings({ kind: 'list-site', key, listed: true })}
          onRemove={(key) => void updateSettings({ kind: 'list-site', key, listed: false })}
        />
      </section>
      <section aria-labelledby="hidden">
        <h2 id="hidden">{t('options.hiddenTerms')}</h2>
        <MutedList entries={muted} onUnmute={(entryId) => void updateSettings({ kind: 'mute', entryId, muted: false })} />
      </section>
      <section aria-labelledby="backup">
        <h2 id="backup">{t('options.backup')}</h2>
        <Backup status={backup} onExport={() => downloadSettings(settings)} onImport={(file) => void importFile(file)} />
      </section>
    </main>
  );
}
