'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { errorSaying } from '@/i18n/error-key';

export interface ErrorText {
  /** In the visitor's language, chosen by the error's code (and reason), never by its message. */
  text: string;
  /** The server's own English message, for the curious: shown small, after the text. */
  detail?: string;
}

/**
 * Turns anything a call threw into translated text: ApiError by code (`conflict` + `busy` apart),
 * a LocalizedError as it is, anything else as "unexpected" with its message as the detail.
 */
export function useErrorText(): (error: unknown) => ErrorText {
  const t = useTranslations('errors');
  return useCallback(
    (error: unknown) => {
      const saying = errorSaying(error);
      return 'text' in saying ? saying : { text: t(saying.key, { status: saying.status }), detail: saying.detail };
    },
    [t],
  );
}
