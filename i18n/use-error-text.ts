'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { ApiError } from '@/components/api/client-fetch';

export interface ErrorText {
  /** In the visitor's language, chosen by the error's code (and reason), never by its message. */
  text: string;
  /** The server's own English message, for the curious: shown small, after the text. */
  detail?: string;
}

/** Turns anything a call threw into translated text: ApiError by code, `conflict` + `busy` apart. */
export function useErrorText(): (error: unknown) => ErrorText {
  const t = useTranslations('errors');
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        const key = error.code === 'conflict' && error.reason === 'busy' ? 'busy' : error.code;
        const detail = error.code === 'network' || error.detail === `HTTP ${error.status}` ? undefined : error.detail;
        return { text: t(key, { status: error.status }), detail };
      }
      return { text: t('unexpected'), detail: error instanceof Error ? error.message : String(error) };
    },
    [t],
  );
}
